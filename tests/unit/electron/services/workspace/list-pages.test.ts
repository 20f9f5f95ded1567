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
