import { describe, expect, it } from 'vitest';
import type { MethodName, Params, Result } from '../../../../shared/contract';
import type { DocumentDetail } from '../../../../shared/model/document';
import type { DossierClient } from '../../../../renderer/src/client/types';
import { createWorkbenchStore } from '../../../../renderer/src/store/create-store';

const detail = (id: string): DocumentDetail => ({
  id,
  path: id,
  story: 1,
  title: `Title ${id}`,
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
  end: 4,
  text: 'text',
  boilerplate: [],
  entries: [],
  splitReason: null,
});

/** A client answering documents.get from memory; every other call rejects (the slices catch it). */
function fakeClient(): DossierClient {
  return {
    host: 'serve',
    call<M extends MethodName>(method: M, params: Params<M>): Promise<Result<M>> {
      if (method === 'documents.get') {
        const { id } = params as { id: string };
        if (id === 'missing')
          return Promise.reject(new Error('documents: no document "missing". Reopen the folder.'));
        return Promise.resolve(detail(id) as Result<M>);
      }
      return Promise.reject(new Error(`not in this test: ${method}`));
    },
    on: () => () => undefined,
    pathForFile: () => null,
  };
}

describe('reader slice', () => {
  it('opens in the active pane, splits, opens beside and closes', async () => {
    const store = createWorkbenchStore(fakeClient());
    const s = () => store.getState();
    await s().openDocument('a.txt');
    expect(s().panes.map((p) => p.doc?.id)).toEqual(['a.txt']);
    await s().openBeside('b.txt');
    expect(s().panes.map((p) => p.doc?.id)).toEqual(['a.txt', 'b.txt']);
    expect(s().activePane).toBe(1);
    s().toggleSplit();
    expect(s().panes.length).toBe(1);
    s().toggleSplit();
    expect(s().panes.length).toBe(2);
    s().closePane(0);
    expect(s().panes.length).toBe(1);
  });

  it('never opens more than four panes', () => {
    const store = createWorkbenchStore(fakeClient());
    for (let i = 0; i < 10; i++) store.getState().splitPane();
    expect(store.getState().panes.length).toBe(4);
  });

  it('compareWith puts the active document left, the copy right, and turns the diff on', async () => {
    const store = createWorkbenchStore(fakeClient());
    const s = () => store.getState();
    await s().openDocument('x.txt');
    await s().openBeside('y.txt'); // active is now pane 2 (y)
    await s().compareWith('z.txt');
    expect(s().panes.map((p) => p.doc?.id)).toEqual(['y.txt', 'z.txt']);
    expect(s().compare).toBe(true);
    expect(s().closeOverlays()).toBe(true);
    expect(s().compare).toBe(false);
  });

  it('keeps a readable error in the pane when a document cannot be read', async () => {
    const store = createWorkbenchStore(fakeClient());
    await store.getState().openDocument('missing');
    const pane = store.getState().panes[0]!;
    expect(pane.doc).toBeNull();
    expect(pane.error).toMatch(/Reopen the folder/);
  });
});
