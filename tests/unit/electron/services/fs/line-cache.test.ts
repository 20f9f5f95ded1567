import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readLineCache, writeLineCache } from '../../../../../electron/services/fs/line-cache';
import { pauser, runSliced } from '../../../../../electron/services/slices';
import { tempDir } from '../../../../support/temp';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});
async function dir(): Promise<string> {
  const t = await tempDir('dossier-line-cache-');
  cleanups.push(t.cleanup);
  return t.dir;
}
const isV1 = (h: unknown) => (h as { version?: number }).version === 1;

async function read(file: string, accept = isV1): Promise<unknown[]> {
  const out: unknown[] = [];
  await readLineCache(file, accept, (line) => out.push(line), pauser());
  return out;
}

describe('line caches', () => {
  it('write a header and one line per entry, skip stale entries, and read back', async () => {
    const file = path.join(await dir(), 'nested', 'cache.ndjson');
    const lines = [{ path: 'a.txt', n: 1 }, undefined, { path: 'b.txt', n: 2 }];
    await writeLineCache(file, { version: 1 }, lines, pauser());
    expect((await readFile(file, 'utf8')).split('\n')).toEqual([
      '{"version":1}',
      '{"path":"a.txt","n":1}',
      '{"path":"b.txt","n":2}',
      '',
    ]);
    expect(await read(file)).toEqual([lines[0], lines[2]]);
    expect(await readdir(path.dirname(file))).toEqual(['cache.ndjson']);
  });

  it('ignore a cache of another version whole, and keep what a cut-short cache holds', async () => {
    const root = await dir();
    const foreign = path.join(root, 'foreign.ndjson');
    await writeFile(foreign, '{"version":2}\n{"path":"a.txt"}\n');
    expect(await read(foreign)).toEqual([]);
    const cut = path.join(root, 'cut.ndjson');
    await writeFile(cut, '{"version":1}\n{"path":"a.txt"}\n{"path":"b.t');
    expect(await read(cut)).toEqual([{ path: 'a.txt' }]);
    expect(await read(path.join(root, 'missing.ndjson'))).toEqual([]);
  });

  it('leave the old cache and no temp file when a write fails', async () => {
    const file = path.join(await dir(), 'cache.ndjson');
    await writeLineCache(file, { version: 1 }, [{ path: 'old' }], pauser());
    const failing = (function* () {
      yield { path: 'new' };
      throw new Error('disk gone');
    })();
    await expect(writeLineCache(file, { version: 1 }, failing, pauser())).rejects.toThrow('disk gone');
    expect(await read(file)).toEqual([{ path: 'old' }]);
    expect(await readdir(path.dirname(file))).toEqual(['cache.ndjson']);
  });
});

describe('sliced work', () => {
  it('returns the generator result and lets other work run between slices', async () => {
    let turns = 0;
    const ticker = setInterval(() => turns++, 0);
    const steps = (function* () {
      const end = performance.now() + 60;
      while (performance.now() < end) yield;
      return 'done';
    })();
    const result = await runSliced(steps, 5);
    clearInterval(ticker);
    expect(result).toBe('done');
    expect(turns).toBeGreaterThan(0);
  });
});
