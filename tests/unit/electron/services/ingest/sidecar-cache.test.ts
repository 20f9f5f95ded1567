import { mkdir, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SidecarInfo } from '../../../../../shared/model/workspace';
import {
  cacheDirFor,
  CACHE_VERSION,
  ingestCached,
  parseCacheStats,
} from '../../../../../electron/services/ingest/cache';
import { Workspace } from '../../../../../electron/services/workspace/workspace';
import { tempDir } from '../../../../support/temp';
import { articleText } from '../../../../support/watching-client';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const META = (fields: Record<string, string>) => `${JSON.stringify(fields)}\n`;

/** A folder of three articles, only `a.txt` described by a `.meta.json`, and a cache directory. */
async function setup() {
  const work = await tempDir('dossier-sidecar-cache-');
  cleanups.push(work.cleanup);
  const root = path.join(work.dir, 'folder');
  const cacheDir = path.join(work.dir, 'cache');
  await mkdir(root);
  await writeFile(path.join(root, 'a.txt'), articleText('Ferry talks resume in Geneva'));
  await writeFile(path.join(root, 'b.txt'), articleText('Bridge opens at dawn'));
  await writeFile(path.join(root, 'c.txt'), articleText('Grain corridor talks stall'));
  await writeFile(
    path.join(root, 'a.txt.meta.json'),
    META({ title: 'Ferry talks resume', outlet: 'Harbour Post' }),
  );
  const sidecar: SidecarInfo = {
    location: 'folder',
    path: path.join(root, '.dossier'),
    readOnly: false,
    reason: null,
  };
  /** Opens the folder through the parse cache on this thread; returns the workspace and its parses. */
  const open = async () => {
    const before = parseCacheStats();
    const ws = await Workspace.open(root, sidecar, () => undefined, { workers: 0, cacheDir });
    cleanups.push(() => ws.close());
    const after = parseCacheStats();
    const story = (rel: string) => ws.files.get(rel)?.stories[0];
    return { ws, story, parsed: after.misses - before.misses, reused: after.hits - before.hits };
  };
  return { root, cacheDir, open };
}

describe('parse cache and the .meta.json sidecar', () => {
  it('parses again only the article whose sidecar was edited, added or removed', async () => {
    const { root, open } = await setup();
    const cold = await open();
    expect(cold.parsed).toBe(3);
    expect(cold.story('a.txt')).toMatchObject({ title: 'Ferry talks resume', outlet: 'Harbour Post' });

    const warm = await open();
    expect(warm.parsed).toBe(0);
    expect(warm.reused).toBe(3);
    expect(warm.story('a.txt')).toMatchObject({ title: 'Ferry talks resume', outlet: 'Harbour Post' });

    // Edited: only the sidecar changes, the article keeps its size and mtime.
    await writeFile(
      path.join(root, 'a.txt.meta.json'),
      META({ title: 'Ferry talks resume on Monday', outlet: 'Lakeside Courier' }),
    );
    const edited = await open();
    expect(edited.parsed).toBe(1);
    expect(edited.story('a.txt')).toMatchObject({
      title: 'Ferry talks resume on Monday',
      outlet: 'Lakeside Courier',
    });

    // Added to an article that had none.
    await writeFile(path.join(root, 'b.txt.meta.json'), META({ outlet: 'Harbour Post', date: '2025-11-30' }));
    const added = await open();
    expect(added.parsed).toBe(1);
    expect(added.story('b.txt')).toMatchObject({
      title: 'Bridge opens at dawn',
      outlet: 'Harbour Post',
      date: '2025-11-30',
      dateSource: 'sidecar',
    });

    // Removed: the article's own date and outlet come back.
    await rm(path.join(root, 'b.txt.meta.json'));
    const removed = await open();
    expect(removed.parsed).toBe(1);
    expect(removed.story('b.txt')?.outlet).toBe(cold.story('b.txt')?.outlet);
    expect(removed.story('b.txt')?.date).toBe('2025-12-04');

    const again = await open();
    expect(again.parsed).toBe(0);
    expect(again.reused).toBe(3);
  });

  it('checks the content of a sidecar rewritten within the racy window with the same size and mtime', async () => {
    const { root, open } = await setup();
    const meta = path.join(root, 'a.txt.meta.json');
    // One second back: inside the 2 s racy window of the entry written by the open that follows.
    const stamp = new Date(Date.now() - 1000);
    await utimes(meta, stamp, stamp);
    const cold = await open();
    expect(cold.story('a.txt')?.outlet).toBe('Harbour Post');
    // Same length, same mtime: only the bytes differ.
    await writeFile(meta, META({ title: 'Ferry talks resume', outlet: 'Harbour Mail' }));
    await utimes(meta, stamp, stamp);
    const rewritten = await open();
    expect(rewritten.parsed).toBe(1);
    expect(rewritten.story('a.txt')?.outlet).toBe('Harbour Mail');
    const unchanged = await open();
    expect(unchanged.parsed).toBe(0);
  });

  it('ignores an entry of an older format and parses afresh', async () => {
    const { root, cacheDir, open } = await setup();
    await open();
    const dir = cacheDirFor(cacheDir, root);
    expect(dir).toContain(`ingest-v${CACHE_VERSION}`);
    const entries = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.json'));
    expect(entries).toHaveLength(3);
    // An entry as version 3 wrote it (no sidecar stamp) where a current one is looked for.
    for (const f of entries) {
      const entry = JSON.parse(await readFile(path.join(dir, f), 'utf8')) as Record<string, unknown>;
      delete entry['sidecar'];
      await writeFile(path.join(dir, f), JSON.stringify({ ...entry, version: 3 }));
    }
    const before = parseCacheStats();
    const outcome = await ingestCached(path.join(root, 'a.txt'), 'a.txt', { maxBytes: 1e6 }, dir);
    expect(parseCacheStats().misses - before.misses).toBe(1);
    expect(outcome.kind === 'parsed' && outcome.file.stories[0]?.outlet).toBe('Harbour Post');
    const reopened = await open();
    expect(reopened.parsed).toBe(2);
    expect(reopened.story('a.txt')?.title).toBe('Ferry talks resume');
  });
});
