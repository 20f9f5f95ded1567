import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentionsByDoc, summariesOf } from '../../../../../electron/services/entities/doc-index';
import { entityModel } from '../../../../../electron/services/entities/service';
import type { BuiltModel } from '../../../../../electron/services/entities/build';
import { mentionsInDoc, summarise } from '../../../../../electron/services/entities/views';
import { openCopy } from './support';

let built: BuiltModel;
let cleanup: () => Promise<void> = async () => undefined;

beforeAll(async () => {
  const opened = await openCopy();
  cleanup = opened.cleanup;
  built = await entityModel(opened.client.services.session);
}, 60_000);
afterAll(() => cleanup());

describe('mentions by document', () => {
  it('answers every document as the walk over all mentions does, in the same order', async () => {
    const index = await mentionsByDoc(built.list);
    const ids = [...built.docs.keys()];
    expect(ids.length).toBeGreaterThan(3);
    let seen = 0;
    for (const id of ids) {
      const expected = mentionsInDoc(built.list, id);
      seen += expected.length;
      expect(index.get(id) ?? []).toEqual(expected);
    }
    expect(seen).toBeGreaterThan(20);
  });

  it('is built once per entity list', () => {
    expect(mentionsByDoc(built.list)).toBe(mentionsByDoc(built.list));
  });

  it('summarises every entity as the list row does, once per list', async () => {
    const rows = await summariesOf(built.list);
    expect(rows.size).toBe(built.list.length);
    for (const e of built.list) expect(rows.get(e)).toEqual(summarise(e));
    expect(summariesOf(built.list)).toBe(summariesOf(built.list));
  });
});
