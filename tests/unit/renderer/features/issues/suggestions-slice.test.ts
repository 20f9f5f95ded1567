import { describe, expect, it } from 'vitest';
import type { MethodName, Params, Result } from '../../../../../shared/contract';
import type { Suggestion } from '../../../../../shared/model/issue';
import type { DossierClient } from '../../../../../renderer/src/client/types';
import { createWorkbenchStore } from '../../../../../renderer/src/store/create-store';
import { SUGGESTIONS_PAGE } from '../../../../../renderer/src/store/slices/issues-slice';

const suggestion = (i: number): Suggestion => ({
  topic: `phrase:topic-${i}`,
  label: `topic ${i}`,
  cue: 'remain unresolved',
  issueId: null,
  evidenceCount: 1,
  docCount: 1,
  stances: { raises: 1 },
  sampleKey: null,
  evidence: [],
});

/** A client holding `total` suggestions, recording every issues.suggestions call. */
function client(total: number, calls: Params<'issues.suggestions'>[]): DossierClient {
  const all = Array.from({ length: total }, (_, i) => suggestion(i));
  return {
    host: 'serve',
    call<M extends MethodName>(method: M, params: Params<M>): Promise<Result<M>> {
      if (method === 'issues.list') return Promise.resolve([] as Result<M>);
      if (method === 'issues.suggestions') {
        const p = params as Params<'issues.suggestions'>;
        calls.push(p);
        return Promise.resolve(all.slice(0, p.limit) as Result<M>);
      }
      return Promise.reject(new Error(`not in this test: ${method}`));
    },
    on: () => () => undefined,
    pathForFile: () => null,
  };
}

describe('issues slice: suggestions', () => {
  it('lists a page of the most widely raised suggestions and more on request', async () => {
    const calls: Params<'issues.suggestions'>[] = [];
    const total = SUGGESTIONS_PAGE * 2 + 30;
    const store = createWorkbenchStore(client(total, calls));
    await store.getState().loadIssues();
    expect(store.getState().suggestions.map((s) => s.topic)).toEqual(
      Array.from({ length: SUGGESTIONS_PAGE }, (_, i) => suggestion(i).topic),
    );
    expect(store.getState().moreSuggestions).toBe(true);
    await store.getState().showMoreSuggestions();
    expect(store.getState().suggestions.length).toBe(SUGGESTIONS_PAGE * 2);
    expect(store.getState().moreSuggestions).toBe(true);
    await store.getState().showMoreSuggestions();
    expect(store.getState().suggestions.length).toBe(total);
    expect(store.getState().moreSuggestions).toBe(false);
    // One more than listed is asked for: that is how the panel knows there are more.
    expect(calls.map((c) => c.limit)).toEqual([1, 2, 3].map((n) => n * SUGGESTIONS_PAGE + 1));
    expect(store.getState().issuesError).toBeNull();
  });
});
