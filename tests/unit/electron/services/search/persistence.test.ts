import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FieldProviderRegistry } from '../../../../../electron/services/search/field-providers';
import { decodeShard } from '../../../../../electron/services/search/shard-format';
import { BUILD_PART } from '../../../../../electron/services/search/query-pool';
import { SearchService } from '../../../../../electron/services/search/service';
import { tempDir } from '../../../../support/temp';
import { FakeWorkspace, ids, parsedFile } from './helpers';

const cleanups: (() => Promise<void>)[] = [];
// Last in, first out: services close (and their cache writes end) before their directory is removed.
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function files(n: number, word = 'envoy') {
  return Array.from({ length: n }, (_, i) =>
    parsedFile(`f${i}.txt`, [{ text: `Story ${i}\nThe ${word} met minister ${i} in Geneva.` }]),
  );
}

/** A fresh cache directory (removed after the test) and a workspace of `n` generated files. */
async function folderOf(n: number): Promise<{ t: { dir: string }; ws: FakeWorkspace }> {
  const t = await tempDir();
  cleanups.push(t.cleanup);
  const ws = new FakeWorkspace('/fake');
  for (const f of files(n)) ws.files.set(f.relPath, f);
  return { t, ws };
}

/** A search service over `ws` with its cache in `cacheDir`, not started yet (closed after the test). */
function service(ws: FakeWorkspace, cacheDir: string): SearchService {
  const svc = new SearchService(ws.asWorkspace(), { cacheDir, providers: new FieldProviderRegistry() });
  cleanups.push(() => svc.close().then(() => ws.writes.drain()));
  return svc;
}

async function start(ws: FakeWorkspace, cacheDir: string) {
  const svc = service(ws, cacheDir);
  await svc.start();
  return svc;
}

describe('search persistence and incremental rebuild', () => {
  it('reopening loads the shards from the cache instead of rebuilding', async () => {
    const { t, ws } = await folderOf(30);
    const first = await start(ws, t.dir);
    expect(first.status().fromCache).toBe(0);
    const again = await start(ws, t.dir);
    expect(again.status().fromCache).toBe(again.status().shards.total);
    expect(await ids(again, 'envoy')).toEqual(await ids(first, 'envoy'));
    expect(await ids(again, 'envoy')).toHaveLength(30);
  });

  it('answers while a reopen is loading, flagged partial until every shard is in', async () => {
    const { t, ws } = await folderOf(6000);
    await start(ws, t.dir);
    const again = service(ws, t.dir);
    const loading = again.start();
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await again.query({ query: 'envoy', limit: 0 }));
    await loading;
    const full = await again.query({ query: 'envoy', limit: 0 });
    expect(full.partial).toBe(false);
    expect(full.total).toBe(6000);
    for (const r of answers) {
      // Whatever was loaded answered; an answer short of the whole corpus always says so.
      expect(r.total).toBeLessThanOrEqual(6000);
      if (r.total < 6000) expect(r.partial).toBe(true);
      if (!r.partial) expect(r.total).toBe(6000);
    }
  });

  it('a stale cache (a file changed while closed) is rebuilt, not trusted', async () => {
    const { t, ws } = await folderOf(10);
    await start(ws, t.dir);
    ws.files.set('f3.txt', parsedFile('f3.txt', [{ text: 'Changed\nThe ambassador resigned.' }]));
    const again = await start(ws, t.dir);
    expect(again.status().fromCache).toBe(0);
    expect(await ids(again, 'ambassador')).toEqual(['f3.txt']);
    expect(await ids(again, 'envoy')).toHaveLength(9);
  });

  it('a corrupt shard file is rebuilt, never trusted', async () => {
    const { t, ws } = await folderOf(10);
    await start(ws, t.dir);
    const shardFiles = (await readdir(t.dir)).filter((n) => n.startsWith('shard-'));
    expect(shardFiles.length).toBeGreaterThan(0);
    for (const n of shardFiles) {
      const p = path.join(t.dir, n);
      const raw = await readFile(p, 'utf8');
      await writeFile(p, raw.slice(0, raw.length / 2));
    }
    const again = await start(ws, t.dir);
    expect(again.status().fromCache).toBe(0);
    expect(await ids(again, 'envoy')).toHaveLength(10);
  });

  it('a shard whose postings are damaged past the load checks is dropped on first use and rebuilt', async () => {
    const { t, ws } = await folderOf(10);
    await start(ws, t.dir);
    // Every document index of every scored posting points outside the shard; the term tables stay
    // valid, so the files load and the damage is met on a term's first use.
    for (const n of (await readdir(t.dir)).filter((x) => x.startsWith('shard-'))) {
      const bytes = new Uint8Array(await readFile(path.join(t.dir, n)));
      const view = decodeShard(bytes);
      for (let i = 0; i < view.data.length; i += 2) view.data[i] = 1_000_000;
      await writeFile(path.join(t.dir, n), bytes);
    }
    const again = await start(ws, t.dir);
    expect(again.status().fromCache).toBe(again.status().shards.total);
    const first = await again.query({ query: 'envoy', limit: 100 });
    expect(first.partial).toBe(true);
    expect(first.total).toBe(0);
    await again.settled();
    expect(again.builds).toBe(again.status().shards.total);
    const after = await again.query({ query: 'envoy', limit: 100 });
    expect(after.partial).toBe(false);
    expect(after.total).toBe(10);
    // The rebuilt shards replaced the damaged files: the next reopen loads them and answers in full.
    const third = await start(ws, t.dir);
    expect(third.status().fromCache).toBe(third.status().shards.total);
    expect(await ids(third, 'envoy')).toHaveLength(10);
  });

  it('a reopen takes its words from the words file, and from the shards when that file is damaged', async () => {
    const { t, ws } = await folderOf(20);
    await start(ws, t.dir);
    const wordsFiles = (await readdir(t.dir)).filter((n) => n.startsWith('words-'));
    expect(wordsFiles).toHaveLength(1);
    const again = await start(ws, t.dir);
    expect(again.status().fromCache).toBe(again.status().shards.total);
    expect(await ids(again, 'env*')).toHaveLength(20);
    expect(await ids(again, 'ministr~1')).toHaveLength(20);
    // Damaged (its content no longer matches the hash in its name): ignored, the shards' words are used.
    const p = path.join(t.dir, wordsFiles[0]!);
    await writeFile(p, (await readFile(p, 'utf8')).replace('envoy', 'xxxxx'));
    const third = await start(ws, t.dir);
    expect(third.status().fromCache).toBe(third.status().shards.total);
    expect(await ids(third, 'env*')).toHaveLength(20);
    expect(await ids(third, 'ministr~1')).toHaveLength(20);
  });

  it('a stale shard read early (before its fingerprint is known) is rebuilt, and its words still count', async () => {
    // Enough documents per shard for the manifest's shard count to be reused (loads start early).
    const { t, ws } = await folderOf(600);
    await start(ws, t.dir);
    // Without the words file every load carries its shard's words, which its worker sends only once.
    for (const n of (await readdir(t.dir)).filter((x) => x.startsWith('words-')))
      await writeFile(path.join(t.dir, n), 'damaged');
    ws.files.set('f3.txt', parsedFile('f3.txt', [{ text: 'Changed\nThe ambassador resigned.' }]));
    const again = await start(ws, t.dir);
    expect(again.status().fromCache).toBe(0);
    expect(again.builds).toBe(1);
    expect(await ids(again, 'ambassador')).toEqual(['f3.txt']);
    expect(await ids(again, 'env*')).toHaveLength(599);
    expect(await ids(again, 'minist*')).toHaveLength(599);
  });

  it('a change announced while a reopen adds its documents is applied once they are in', async () => {
    const { t, ws } = await folderOf(6000);
    await start(ws, t.dir);
    const again = service(ws, t.dir);
    const loading = again.start();
    // Announced before start() has added every file: queued, then applied (its shard rebuilt).
    ws.change([parsedFile('f7.txt', [{ text: 'Edited\nThe ambassador left Geneva.' }])], ['f8.txt']);
    await loading;
    await again.settled();
    expect(await ids(again, 'ambassador')).toEqual(['f7.txt']);
    const all = await again.query({ query: 'envoy', limit: 0 });
    expect(all.partial).toBe(false);
    expect(all.total).toBe(5998);
  });

  it('words of a shard rebuilt after a change reach the words file', async () => {
    const { t, ws } = await folderOf(20);
    const service = await start(ws, t.dir);
    ws.change([parsedFile('f3.txt', [{ text: 'Edited\nThe quartermaster resigned.' }])]);
    await service.settled();
    const again = await start(ws, t.dir);
    expect(again.status().fromCache).toBe(again.status().shards.total);
    expect(await ids(again, 'quarter*')).toEqual(['f3.txt']);
  });

  it('a cache from another index version is ignored', async () => {
    const { t, ws } = await folderOf(5);
    await start(ws, t.dir);
    const m = JSON.parse(await readFile(path.join(t.dir, 'manifest.json'), 'utf8')) as { version: number };
    await writeFile(path.join(t.dir, 'manifest.json'), JSON.stringify({ ...m, version: 999 }));
    const again = await start(ws, t.dir);
    expect(again.status().fromCache).toBe(0);
    expect(await ids(again, 'envoy')).toHaveLength(5);
  });

  it('a file change rebuilds only its shard; additions and removals are searchable', async () => {
    // Enough documents for several shards.
    const { t, ws } = await folderOf(6000);
    const service = await start(ws, t.dir);
    const total = service.status().shards.total;
    expect(total).toBeGreaterThan(1);
    const before = service.builds;
    ws.change(
      [
        parsedFile('f7.txt', [{ text: 'Edited\nThe ambassador left Geneva.' }]),
        parsedFile('new.txt', [{ text: 'New\nA courier arrived.' }]),
      ],
      ['f8.txt'],
    );
    await service.settled();
    const changed = service.builds - before;
    expect(changed).toBeGreaterThanOrEqual(1);
    expect(changed).toBeLessThanOrEqual(3);
    expect(changed).toBeLessThan(total);
    expect(await ids(service, 'ambassador')).toEqual(['f7.txt']);
    expect(await ids(service, 'courier')).toEqual(['new.txt']);
    expect((await service.query({ query: 'envoy', limit: 0 })).total).toBe(5998);
    expect(await ids(service, '"minister 8"')).toEqual([]);
  });

  it('builds a shard sent to its worker in several parts with every document in it', async () => {
    // One shard (under the shard target) of more than two parts' worth of documents.
    const n = BUILD_PART * 2 + 17;
    const { t, ws } = await folderOf(n);
    const svc = await start(ws, t.dir);
    expect(svc.status().shards.total).toBe(1);
    const all = [...ws.files.keys()].sort();
    expect(await ids(svc, 'envoy')).toEqual(all);
    // Its cache file holds every document too: a reopen loads it and answers the same.
    const again = await start(ws, t.dir);
    expect(again.status().fromCache).toBe(1);
    expect(await ids(again, 'envoy')).toEqual(all);
  });
});
