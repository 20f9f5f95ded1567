import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchWorkspace } from '../../../../../electron/services/workspace/watch';
import { Workspace } from '../../../../../electron/services/workspace/workspace';
import { tempDir } from '../../../../support/temp';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const ARTICLE = (title: string) => `${title}\n\nGENEVA: Negotiators met again on Monday, officials said.\n`;

/** Polls `predicate` (the watcher works on its own schedule); never a fixed sleep as the assertion. */
async function until(predicate: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !predicate(); i++) await new Promise((r) => setTimeout(r, 50));
}

describe('the folder watcher (one watch per folder)', () => {
  it('follows files in subfolders, folders created or moved in, and folders removed', async () => {
    const t = await tempDir('dossier-watch-');
    cleanups.push(t.cleanup);
    const root = t.dir;
    await mkdir(path.join(root, 'wires', 'old'), { recursive: true });
    await writeFile(path.join(root, 'wires', 'a.txt'), ARTICLE('Talks resume in Geneva'));
    await writeFile(path.join(root, 'wires', 'old', 'b.txt'), ARTICLE('Ferry strike ends'));
    const ws = await Workspace.open(
      root,
      { location: 'folder', path: path.join(root, '.dossier'), readOnly: false, reason: null },
      () => undefined,
      { workers: 0, cacheDir: null },
    );
    cleanups.push(() => ws.close());
    const seen: string[] = [];
    ws.onClose(
      watchWorkspace(ws, {
        fileChanged: (p) => seen.push(`${p.kind}:${p.path}`),
        documentsChanged: () => undefined,
      }),
    );
    // The first walk only lists folders; wait until a change in a subfolder is seen.
    for (let i = 0; i < 40 && !ws.files.get('wires/a.txt')?.stories[0]?.title.includes('revised'); i++) {
      await writeFile(path.join(root, 'wires', 'a.txt'), ARTICLE(`Talks resume in Geneva, revised ${i}`));
      await until(() => seen.length > 0);
    }
    expect(ws.files.get('wires/a.txt')?.stories[0]?.title).toMatch(/revised/);

    // A folder made after the scan, with a file in it, and a nested one.
    await mkdir(path.join(root, 'new', 'deep'), { recursive: true });
    await writeFile(path.join(root, 'new', 'deep', 'c.txt'), ARTICLE('Bridge opens'));
    await until(() => ws.files.has('new/deep/c.txt'));
    expect(ws.files.has('new/deep/c.txt')).toBe(true);
    await writeFile(path.join(root, 'new', 'deep', 'd.txt'), ARTICLE('Second bridge'));
    await until(() => ws.files.has('new/deep/d.txt'));
    expect(ws.files.has('new/deep/d.txt')).toBe(true);
    expect(ws.list(0, 10).map((d) => d.path)).toContain('new/deep/d.txt');

    // A folder moved: its files leave the old path and appear under the new one.
    await rename(path.join(root, 'wires', 'old'), path.join(root, 'archive'));
    await until(() => ws.files.has('archive/b.txt') && !ws.files.has('wires/old/b.txt'));
    expect(ws.files.has('archive/b.txt')).toBe(true);
    expect(ws.files.has('wires/old/b.txt')).toBe(false);

    // A folder removed takes its files with it; hidden and temp files are ignored.
    await writeFile(path.join(root, 'new', '.d.txt.swp'), 'editor temp');
    await rm(path.join(root, 'new'), { recursive: true });
    await until(() => !ws.files.has('new/deep/c.txt') && !ws.files.has('new/deep/d.txt'));
    expect([...ws.files.keys()].sort()).toEqual(['archive/b.txt', 'wires/a.txt']);
    // The library rows follow (list() keeps a story index that each change resets).
    expect(ws.list().map((d) => d.path)).toEqual(['archive/b.txt', 'wires/a.txt']);
    expect(seen.some((e) => e.includes('.swp'))).toBe(false);
  });
});
