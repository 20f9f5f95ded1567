import { afterEach, describe, expect, it } from 'vitest';
import { findCopies, findCopiesSliced } from '../../../../../electron/services/workspace/duplicates';
import { Workspace } from '../../../../../electron/services/workspace/workspace';
import { SAMPLE_FOLDER } from '../../../../support/temp';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

describe('Workspace.list pages', () => {
  it('returns the same rows page by page as all at once, whatever the page size', async () => {
    const ws = await Workspace.open(
      SAMPLE_FOLDER,
      { location: 'app-data', path: '/nonexistent', readOnly: true, reason: null },
      () => undefined,
      { workers: 0, cacheDir: null },
    );
    cleanups.push(() => ws.close());
    const all = ws.list();
    expect(all.length).toBeGreaterThan(ws.files.size - 1);
    for (const size of [1, 3, 7, all.length, all.length + 5]) {
      const pages = [];
      for (let offset = 0; ; offset += size) {
        const page = ws.list(offset, size);
        pages.push(...page);
        if (page.length < size) break;
      }
      expect(pages).toEqual(all);
    }
    expect(ws.list(all.length, 10)).toEqual([]);
  });
});

describe('copy groups found in time slices', () => {
  it('are the groups the one-go grouping finds', async () => {
    const ws = await Workspace.open(
      SAMPLE_FOLDER,
      { location: 'app-data', path: '/nonexistent', readOnly: true, reason: null },
      () => undefined,
      { workers: 0, cacheDir: null },
    );
    cleanups.push(() => ws.close());
    const whole = findCopies(ws.files.values());
    expect(whole.size).toBeGreaterThan(1);
    expect(await findCopiesSliced(ws.files.values())).toEqual(whole);
    for (const [id, info] of whole) expect(ws.copiesOf(id)).toEqual(info.members);
  });
});

describe('Workspace.getPart', () => {
  it('gives a story text in parts that join to the whole text', async () => {
    const ws = await Workspace.open(
      SAMPLE_FOLDER,
      { location: 'app-data', path: '/nonexistent', readOnly: true, reason: null },
      () => undefined,
      { workers: 0, cacheDir: null },
    );
    cleanups.push(() => ws.close());
    for (const { id } of ws.list().slice(0, 10)) {
      const whole = ws.get(id);
      const parts: string[] = [];
      for (let at = 0; ; at += 500) {
        const part = ws.getPart(id, at, 500);
        expect(part.textTotal).toBe(whole.text.length);
        expect({ ...part, text: whole.text, textTotal: undefined }).toEqual({
          ...whole,
          textTotal: undefined,
        });
        if (!part.text) break;
        parts.push(part.text);
      }
      expect(parts.join('')).toBe(whole.text);
    }
    expect(() => ws.getPart('nope.txt', 0, 10)).toThrow(/no document "nope.txt"/);
  });
});
