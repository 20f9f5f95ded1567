import { mkdir, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SidecarInfo } from '../../../../../shared/model/workspace';
import { CACHE_VERSION, cacheDirFor, ingestCached } from '../../../../../electron/services/ingest/cache';
import { IngestPool } from '../../../../../electron/services/workspace/pool';
import { Workspace } from '../../../../../electron/services/workspace/workspace';
import { copyFolder, SAMPLE_FOLDER, tempDir } from '../../../../support/temp';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});
const sidecarOf = (root: string): SidecarInfo => ({
  location: 'folder',
  path: path.join(root, '.dossier'),
  readOnly: false,
  reason: null,
});
const ARTICLE =
  'Quota talks resume in Oslo after a pause\n\nThe talks resumed on Monday after a pause of two months, officials said in a short statement.\n';

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true }))
    if (e.isFile()) out.push(path.join(e.parentPath, e.name));
  return out;
}

describe('ingest worker pool', () => {
  it('parses the sample folder in worker threads with progress events', async () => {
    const { dir, cleanup } = await copyFolder(SAMPLE_FOLDER);
    cleanups.push(cleanup);
    const progress: number[] = [];
    const ws = await Workspace.open(dir, sidecarOf(dir), (p) => progress.push(p.done), {
      workers: 2,
      cacheDir: null,
    });
    cleanups.push(() => ws.close());
    expect(ws.report().documents).toBe(46);
    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect(
      ws.list().filter((d) => d.duplicateGroup === 'wires/meridian-kremlin-awaits-text-2025-11-25.txt'),
    ).toHaveLength(3);
    expect(ws.copiesOf('regional/gulf-chronicle-istanbul-prisoners.txt')).toEqual([
      'wires/bosphorus-istanbul-prisoner-talks.txt',
      'regional/gulf-chronicle-istanbul-prisoners.txt',
    ]);
  });

  it('terminates a worker that passes the time limit and reports the file as timeout', async () => {
    const { dir, cleanup } = await tempDir();
    cleanups.push(cleanup);
    await writeFile(path.join(dir, 'slow.txt'), ARTICLE);
    // 1 ms is less than a worker needs to start: the file is over the limit, the worker is terminated.
    const pool = new IngestPool(1, 1);
    cleanups.push(() => pool.close());
    const outcome = await pool.run({
      absPath: path.join(dir, 'slow.txt'),
      relPath: 'slow.txt',
      maxBytes: 1e6,
      encodingOverride: null,
      cacheDir: null,
    });
    expect(outcome).toMatchObject({ kind: 'skipped', skipped: { reason: 'timeout' } });
  });

  it('cancels a scan: files not reached are reported as cancelled', async () => {
    const { dir, cleanup } = await tempDir();
    cleanups.push(cleanup);
    await Promise.all(Array.from({ length: 50 }, (_, i) => writeFile(path.join(dir, `f${i}.txt`), ARTICLE)));
    const controller = new AbortController();
    const ws = await Workspace.open(
      dir,
      sidecarOf(dir),
      (p) => (p.phase === 'parse' ? controller.abort() : undefined),
      {
        workers: 0,
        cacheDir: null,
        signal: controller.signal,
      },
    );
    expect(ws.report().cancelled).toBe(true);
    expect(ws.files.size).toBeLessThan(50);
    expect(ws.files.size + ws.report().files.skipped.filter((s) => s.reason === 'cancelled').length).toBe(50);
  });
});

describe('parse cache', () => {
  it('removes the parse caches of earlier versions when a folder opens, and keeps its own', async () => {
    const { dir: root, cleanup } = await tempDir();
    cleanups.push(cleanup);
    const folder = path.join(root, 'folder');
    const cacheRoot = path.join(root, 'cache');
    await mkdir(folder);
    await writeFile(path.join(folder, 'a.txt'), ARTICLE);
    for (const old of ['ingest-v1', `ingest-v${CACHE_VERSION - 1}`]) {
      await mkdir(path.join(cacheRoot, old, 'somefolder', 'ab'), { recursive: true });
      await writeFile(path.join(cacheRoot, old, 'somefolder', 'ab', 'entry.json'), '{}');
    }
    await mkdir(path.join(cacheRoot, 'search'), { recursive: true });
    const ws = await Workspace.open(folder, sidecarOf(folder), () => undefined, {
      workers: 0,
      cacheDir: cacheRoot,
    });
    cleanups.push(() => ws.close());
    expect((await readdir(cacheRoot)).sort()).toEqual([`ingest-v${CACHE_VERSION}`, 'search']);
    expect(await listFiles(cacheDirFor(cacheRoot, folder))).toHaveLength(1);
  });

  it('reuses entries, rebuilds corrupt ones, and re-parses a changed file', async () => {
    const { dir: root, cleanup } = await tempDir();
    cleanups.push(cleanup);
    const cacheRoot = path.join(root, 'cache');
    const file = path.join(root, 'a.txt');
    await writeFile(file, ARTICLE);
    // An mtime well in the past: entries are trusted on size + mtime (outside the racy window).
    await utimes(file, new Date('2024-01-01'), new Date('2024-01-01'));
    const dir = cacheDirFor(cacheRoot, root);
    const first = await ingestCached(file, 'a.txt', { maxBytes: 1e6 }, dir);
    const entries = await listFiles(dir);
    expect(entries).toHaveLength(1);
    const again = await ingestCached(file, 'a.txt', { maxBytes: 1e6 }, dir);
    expect(again).toEqual(first);
    await writeFile(entries[0]!, '{ corrupt');
    const rebuilt = await ingestCached(file, 'a.txt', { maxBytes: 1e6 }, dir);
    expect(rebuilt).toEqual(first);
    expect(JSON.parse(await readFile(entries[0]!, 'utf8'))).toHaveProperty('version');
    await writeFile(file, ARTICLE.replace('Oslo', 'Bergen'));
    const changed = await ingestCached(file, 'a.txt', { maxBytes: 1e6 }, dir);
    expect(changed.kind === 'parsed' && changed.file.stories[0]!.title).toBe(
      'Quota talks resume in Bergen after a pause',
    );
  });

  it('keys entries by encoding override too', async () => {
    const { dir: root, cleanup } = await tempDir();
    cleanups.push(cleanup);
    const file = path.join(root, 'ru.txt');
    await writeFile(file, Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x20, 0xec, 0xe8, 0xf0, 0x0a]));
    const dir = cacheDirFor(path.join(root, 'cache'), root);
    const a = await ingestCached(file, 'ru.txt', { maxBytes: 1e6, encodingOverride: 'windows-1251' }, dir);
    const b = await ingestCached(file, 'ru.txt', { maxBytes: 1e6, encodingOverride: 'koi8-r' }, dir);
    expect(a.kind === 'parsed' && a.file.text).toBe('Привет мир\n');
    expect(b.kind === 'parsed' && b.file.text).not.toBe('Привет мир\n');
  });
});
