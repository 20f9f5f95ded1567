import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Workspace } from '../../../../../electron/services/workspace/workspace';
import { copyFolder, SAMPLE_FOLDER } from '../../../../support/temp';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function open() {
  const copy = await copyFolder(SAMPLE_FOLDER);
  cleanups.push(copy.cleanup);
  const ws = await Workspace.open(
    copy.dir,
    { location: 'app-data', path: '/nonexistent', readOnly: true, reason: null },
    () => undefined,
    { workers: 0, cacheDir: null },
  );
  cleanups.push(() => ws.close());
  return { ws, dir: copy.dir };
}

const groups = (ws: Workspace) => ws.list().map((row) => [row.id, ws.copiesOf(row.id)]);

describe('Workspace.refresh and copy groups', () => {
  it('reports nothing and keeps the groups when the files read again are unchanged', async () => {
    const { ws } = await open();
    const before = groups(ws);
    const paths = [...ws.files.keys()].slice(0, 5);
    const change = await ws.refresh(paths);
    expect(change).toEqual({ added: [], changed: [], removed: [] });
    expect(groups(ws)).toEqual(before);
  });

  it('regroups when a file arrives that copies another', async () => {
    const { ws, dir } = await open();
    const original = [...ws.files.values()].find((f) => f.stories.length === 1 && f.text.length > 2000);
    expect(original).toBeDefined();
    const rel = `copy-of-${path.basename(original!.relPath)}`;
    await copyFile(path.join(dir, original!.relPath), path.join(dir, rel));
    const change = await ws.refresh([rel]);
    expect(change.added).toEqual([rel]);
    expect(ws.copiesOf(rel)).toHaveLength(ws.copiesOf(original!.relPath).length);
    expect(ws.copiesOf(rel)).toContain(original!.relPath);
  });
});
