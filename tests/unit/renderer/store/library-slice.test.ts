import { describe, expect, it } from 'vitest';
import type { MethodName, Params, Result } from '../../../../shared/contract';
import type { DocumentSummary } from '../../../../shared/model/document';
import type { DossierClient } from '../../../../renderer/src/client/types';
import { createWorkbenchStore } from '../../../../renderer/src/store/create-store';
import { LIBRARY_PAGE } from '../../../../renderer/src/store/slices/library-slice';

const row = (i: number): DocumentSummary => ({
  id: `d${String(i).padStart(6, '0')}.txt`,
  path: `d${String(i).padStart(6, '0')}.txt`,
  story: 1,
  title: `Title ${i}`,
  date: null,
  dateSource: 'none',
  outlet: 'unknown',
  dateline: null,
  format: 'txt',
  annotationCount: 0,
  duplicateGroup: null,
  copies: 1,
});

/** A client serving `total` library rows in pages, recording every documents.list call. */
function pagingClient(total: number, calls: Params<'documents.list'>[]): DossierClient {
  const rows = Array.from({ length: total }, (_, i) => row(i));
  return {
    host: 'serve',
    call<M extends MethodName>(method: M, params: Params<M>): Promise<Result<M>> {
      if (method === 'documents.list') {
        const p = params as Params<'documents.list'>;
        calls.push(p);
        const from = p.offset ?? 0;
        return Promise.resolve(rows.slice(from, from + (p.limit ?? total)) as Result<M>);
      }
      return Promise.reject(new Error(`not in this test: ${method}`));
    },
    on: () => () => undefined,
    pathForFile: () => null,
  };
}

describe('library slice', () => {
  it('fetches a large library in pages and stores it once it is whole', async () => {
    const calls: Params<'documents.list'>[] = [];
    const total = LIBRARY_PAGE * 2 + 7;
    const store = createWorkbenchStore(pagingClient(total, calls));
    const seen: number[] = [];
    store.subscribe((s, before) => {
      if (s.documents !== before.documents) seen.push(s.documents.length);
    });
    await store.getState().loadLibrary();
    const s = store.getState();
    expect(s.documents.map((d) => d.id)).toEqual(Array.from({ length: total }, (_, i) => row(i).id));
    expect(s.libraryPartial).toBe(false);
    expect(calls.every((c) => c.limit === LIBRARY_PAGE)).toBe(true);
    expect(calls.map((c) => c.offset)).toContain(LIBRARY_PAGE * 2);
    // The first page is shown at once, then the whole list: never one store update per page.
    expect(seen.filter((n) => n > 0)).toEqual([LIBRARY_PAGE, total]);
  });

  it('takes a small library in one call', async () => {
    const calls: Params<'documents.list'>[] = [];
    const store = createWorkbenchStore(pagingClient(12, calls));
    await store.getState().loadLibrary();
    expect(store.getState().documents).toHaveLength(12);
    expect(store.getState().libraryLoaded).toBe(true);
  });
});
