import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalClient } from '../../../../../electron/hosts/local/local-client';
import {
  HISTORY_MAX,
  historyFile,
  normalizeQuery,
  SearchHistory,
} from '../../../../../electron/services/search/search-history';
import { tempDir } from '../../../../support/temp';

let base: string;
let dataDir: string;
let cleanup: () => Promise<void>;
const clients: LocalClient[] = [];

async function folder(name: string): Promise<string> {
  const dir = path.join(base, name);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'a.txt'), 'Peace talks resume\n\nThe peace talks resumed in Geneva.\n');
  return dir;
}

async function open(root: string): Promise<LocalClient> {
  const c = await LocalClient.create({ dataDir, cacheDir: path.join(dataDir, 'cache'), version: 'test' });
  clients.push(c);
  await c.call('workspace.open', { path: root });
  return c;
}

const submit = (c: LocalClient, query: string) =>
  c.call('search.query', { query, filters: [], offset: 0, limit: 1, record: true, wait: false });

beforeEach(async () => {
  const t = await tempDir();
  cleanup = t.cleanup;
  base = t.dir;
  dataDir = path.join(t.dir, 'data');
});
afterEach(async () => {
  for (const c of clients.splice(0)) await c.close().catch(() => undefined);
  await cleanup().catch(() => undefined);
});

describe('search history', () => {
  it('records submitted queries per folder, newest first, de-duplicated, and keeps them across reopen', async () => {
    const a = await folder('a');
    const b = await folder('b');
    const c = await open(a);
    await submit(c, 'peace');
    await submit(c, '"peace talks"');
    await submit(c, '  peace ');
    // Search as you type does not record.
    await c.call('search.query', {
      query: 'gen',
      filters: [],
      offset: 0,
      limit: 1,
      record: false,
      wait: false,
    });
    expect(await c.call('search.history', {})).toEqual(['peace', '"peace talks"']);

    const other = await open(b);
    expect(await other.call('search.history', {})).toEqual([]);
    await submit(other, 'geneva');

    const again = await open(a);
    expect(await again.call('search.history', {})).toEqual(['peace', '"peace talks"']);
    // Kept for the user, outside the folder: the sidecar holds no history.
    const inFolder = await readdir(path.join(a, '.dossier')).catch(() => []);
    expect(inFolder.some((f) => /history/.test(f))).toBe(false);
  });

  it('forgets one query or all of them', async () => {
    const c = await open(await folder('a'));
    await submit(c, 'one');
    await submit(c, 'two');
    await submit(c, 'three');
    expect(await c.call('search.history.clear', { query: 'two' })).toEqual(['three', 'one']);
    expect(await c.call('search.history.clear', {})).toEqual([]);
    expect(await c.call('search.history', {})).toEqual([]);
  });

  it('does not record a malformed query', async () => {
    const c = await open(await folder('a'));
    const bad = await c.request('search.query', {
      query: '"unclosed',
      filters: [],
      offset: 0,
      limit: 1,
      record: true,
      wait: false,
    });
    expect(bad.ok).toBe(false);
    expect(await c.call('search.history', {})).toEqual([]);
  });

  it('is bounded and survives concurrent records and an unreadable file', async () => {
    const file = historyFile(dataDir, path.join(base, 'x'));
    const h = new SearchHistory(file, 'x');
    await Promise.all(Array.from({ length: HISTORY_MAX + 20 }, (_, i) => h.record(`q${i}`)));
    const list = await h.list();
    expect(list).toHaveLength(HISTORY_MAX);
    expect(list[0]).toBe(`q${HISTORY_MAX + 19}`);
    expect(new Set(list).size).toBe(list.length);
    expect(await new SearchHistory(file, 'x').list()).toEqual(list);

    await writeFile(file, 'not json');
    expect(await new SearchHistory(file, 'x').list()).toEqual([]);
  });

  it('normalises whitespace only', () => {
    expect(normalizeQuery('  a   "b  c" ')).toBe('a "b c"');
    expect(normalizeQuery('A')).not.toBe(normalizeQuery('a'));
  });
});
