import { readdir } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalClient } from '../../../../../electron/hosts/local/local-client';
import { CacheWrites } from '../../../../../electron/services/cache-writes';
import { copyFolder, SAMPLE_FOLDER, tempDir } from '../../../../support/temp';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** Every file under `dir`, relative, sorted (an absent directory has none). */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => `${e.parentPath}/${e.name}`.slice(dir.length + 1))
    .sort();
}

describe('closing a folder while its caches are being written', () => {
  it('waits for the writes under way and starts none afterwards', async () => {
    const copy = await copyFolder(SAMPLE_FOLDER);
    const cache = await tempDir();
    const data = await tempDir();
    cleanups.push(copy.cleanup, cache.cleanup, data.cleanup);
    const client = await LocalClient.create({ dataDir: data.dir, cacheDir: cache.dir, version: 'test' });
    await client.call('workspace.open', { path: copy.dir });
    // The index build, the entity recognition and the issue detection all start, and none is awaited.
    const work = [
      client.call('search.query', { query: 'Geneva', filters: [], limit: 5 }),
      client.call('entities.list', {}),
      client.call('issues.suggestions', { preview: 'all' }),
    ].map((p) => p.catch(() => undefined));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await client.close();
    const atClose = await filesUnder(cache.dir);
    expect(atClose.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    await Promise.all(work);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await filesUnder(cache.dir)).toEqual(atClose);
  });
});

describe('CacheWrites', () => {
  it('drains the writes under way, ignores their failures and refuses new ones once closed', async () => {
    const writes = new CacheWrites();
    const order: string[] = [];
    const later =
      (name: string, ms: number, fail = false) =>
      () =>
        new Promise<void>((resolve, reject) =>
          setTimeout(() => {
            order.push(name);
            if (fail) reject(new Error(name));
            else resolve();
          }, ms),
        );
    const first = writes.run(later('first', 30));
    writes.run(later('failed', 10, true)).catch(() => undefined);
    writes.close();
    expect(writes.isClosed).toBe(true);
    expect(await writes.run(later('refused', 0))).toBe(false);
    await writes.drain();
    expect(order).toEqual(['failed', 'first']);
    expect(await first).toBe(true);
  });
});
