import { describe, expect, it } from 'vitest';
import type { MethodName, Params, Result } from '../../../../shared/contract';
import type { DocumentDetail } from '../../../../shared/model/document';
import type { DossierClient } from '../../../../renderer/src/client/types';
import { fetchDocument, TEXT_PART } from '../../../../renderer/src/store/slices/reader-slice';

const whole = 'x'.repeat(TEXT_PART * 2) + 'the end';
const base: DocumentDetail = {
  id: 'long.txt',
  path: 'long.txt',
  story: 1,
  title: 'Long',
  date: null,
  dateSource: 'none',
  outlet: 'unknown',
  dateline: null,
  format: 'txt',
  annotationCount: 0,
  duplicateGroup: null,
  copies: 1,
  encoding: { name: 'utf-8', confidence: 1, source: 'utf8', flagged: false },
  contentHash: 'h',
  start: 0,
  end: whole.length,
  text: whole,
  boilerplate: [],
  entries: [],
  splitReason: null,
};

function partsClient(calls: Params<'documents.get'>[]): DossierClient {
  return {
    host: 'serve',
    call<M extends MethodName>(method: M, params: Params<M>): Promise<Result<M>> {
      if (method !== 'documents.get') return Promise.reject(new Error(`not in this test: ${method}`));
      const p = params as Params<'documents.get'>;
      calls.push(p);
      const from = p.textFrom ?? 0;
      const text = whole.slice(from, from + (p.textLength ?? whole.length));
      return Promise.resolve({ ...base, text, textTotal: whole.length } as Result<M>);
    },
    on: () => () => undefined,
    pathForFile: () => null,
  };
}

describe('fetchDocument', () => {
  it('reads a long story in parts and joins them', async () => {
    const calls: Params<'documents.get'>[] = [];
    const doc = await fetchDocument(partsClient(calls), 'long.txt', () => true);
    expect(doc?.text).toBe(whole);
    expect(doc && 'textTotal' in doc).toBe(false);
    expect(calls.map((c) => c.textFrom)).toEqual([0, TEXT_PART, TEXT_PART * 2]);
  });

  it('stops when the pane no longer wants the document', async () => {
    const calls: Params<'documents.get'>[] = [];
    expect(await fetchDocument(partsClient(calls), 'long.txt', () => false)).toBeNull();
    expect(calls).toHaveLength(1);
  });
});
