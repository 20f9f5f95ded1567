import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalClient } from '../../../../../electron/hosts/local/local-client';
import {
  LEGACY_DONE,
  LEGACY_FILE,
  migrateLegacy,
  SavedSearchRecordSchema,
  savedSearchId,
} from '../../../../../electron/services/search/saved-searches';
import { SidecarStore } from '../../../../../electron/services/sidecar/store';
import { parseEnvelope } from '../../../../../electron/services/sidecar/envelope';
import { tempDir } from '../../../../support/temp';

let root: string;
let dataDir: string;
let cleanup: () => Promise<void>;
const clients: LocalClient[] = [];

async function open(): Promise<LocalClient> {
  const c = await LocalClient.create({ dataDir, cacheDir: path.join(dataDir, 'cache'), version: 'test' });
  clients.push(c);
  await c.call('workspace.open', { path: root });
  return c;
}

const sidecar = () => path.join(root, '.dossier');

beforeEach(async () => {
  const t = await tempDir();
  cleanup = t.cleanup;
  root = path.join(t.dir, 'articles');
  dataDir = path.join(t.dir, 'data');
  await mkdir(root, { recursive: true });
  await writeFile(path.join(root, 'a.txt'), 'Peace talks resume\n\nThe peace talks resumed in Geneva.\n');
});
afterEach(async () => {
  for (const c of clients.splice(0)) await c.close().catch(() => undefined);
  await cleanup().catch(() => undefined);
});

describe('saved searches in the sidecar', () => {
  it('saves, lists, renames and deletes through the sidecar collection, surviving a reopen', async () => {
    const c = await open();
    await c.call('search.saved.save', { name: 'Talks', query: '"peace talks"', filters: ['outlet:Wire'] });
    await c.call('search.saved.save', { name: 'Geneva', query: 'geneva', filters: [] });
    const env = parseEnvelope(await readFile(path.join(sidecar(), 'searches.json'), 'utf8'));
    expect(env?.collection).toBe('searches');
    expect(env?.records.map((r) => r.id)).toEqual(['geneva', 'talks']);

    const renamed = await c.call('search.saved.rename', { name: 'talks', to: 'Peace talks' });
    expect(renamed.map((s) => s.name)).toEqual(['Geneva', 'Peace talks']);
    expect(renamed[1]).toMatchObject({ query: '"peace talks"', filters: ['outlet:Wire'] });

    const again = await open();
    expect((await again.call('search.saved.list', {})).map((s) => s.name)).toEqual(['Geneva', 'Peace talks']);
    expect(await again.call('search.saved.delete', { name: 'GENEVA' })).toHaveLength(1);
    expect((await again.call('search.saved.list', {})).map((s) => s.name)).toEqual(['Peace talks']);
  });

  it('replaces a search saved under the same name ignoring case, and refuses a rename onto a taken name', async () => {
    const c = await open();
    await c.call('search.saved.save', { name: 'Talks', query: 'one', filters: [] });
    const list = await c.call('search.saved.save', { name: ' talks ', query: 'two', filters: [] });
    expect(list).toEqual([expect.objectContaining({ name: 'talks', query: 'two' })]);
    await c.call('search.saved.save', { name: 'Other', query: 'three', filters: [] });
    const clash = await c.request('search.saved.rename', { name: 'Other', to: 'TALKS' });
    expect(clash).toMatchObject({ ok: false, code: 'conflict' });
    if (!clash.ok) expect(clash.message).toMatch(/already exists/);
    const missing = await c.request('search.saved.delete', { name: 'nope' });
    expect(missing).toMatchObject({ ok: false, code: 'not_found' });
    // A rename that only changes case keeps the one record.
    const recased = await c.call('search.saved.rename', { name: 'other', to: 'OTHER' });
    expect(recased.map((s) => s.name)).toEqual(['OTHER', 'talks']);
  });

  it('migrates the old saved-searches.json once, losing nothing and keeping the old file', async () => {
    await mkdir(sidecar(), { recursive: true });
    const old = {
      version: 1,
      searches: [
        {
          name: 'Talks',
          query: '"peace talks"',
          filters: ['date:2025-12'],
          savedAt: '2025-12-01T10:00:00.000Z',
        },
        { name: 'Sanctions', query: 'sanction*', filters: [], savedAt: '2025-12-02T10:00:00.000Z' },
      ],
    };
    await writeFile(path.join(sidecar(), LEGACY_FILE), JSON.stringify(old));
    const c = await open();
    const list = await c.call('search.saved.list', {});
    expect(list).toEqual([old.searches[1], old.searches[0]]);
    const files = await readdir(sidecar());
    expect(files).toContain(LEGACY_DONE);
    expect(files).not.toContain(LEGACY_FILE);
    expect(JSON.parse(await readFile(path.join(sidecar(), LEGACY_DONE), 'utf8'))).toEqual(old);

    // Reopening does not read it again: an edit made after the migration stays.
    await c.call('search.saved.delete', { name: 'Sanctions' });
    const again = await open();
    expect((await again.call('search.saved.list', {})).map((s) => s.name)).toEqual(['Talks']);
  });

  it('never lets an old file overwrite a search already in the collection (crash between write and rename)', async () => {
    const c = await open();
    await c.call('search.saved.save', { name: 'Talks', query: 'newer', filters: [] });
    await c.close();
    await writeFile(
      path.join(sidecar(), LEGACY_FILE),
      JSON.stringify({
        version: 1,
        searches: [
          { name: 'talks', query: 'older', filters: [], savedAt: '2020-01-01T00:00:00.000Z' },
          { name: 'Extra', query: 'extra', filters: [], savedAt: '2020-01-01T00:00:00.000Z' },
        ],
      }),
    );
    const again = await open();
    const list = await again.call('search.saved.list', {});
    expect(list.map((s) => [s.name, s.query])).toEqual([
      ['Extra', 'extra'],
      ['Talks', 'newer'],
    ]);
  });

  it('leaves an unreadable old file where it is and still works', async () => {
    await mkdir(sidecar(), { recursive: true });
    await writeFile(path.join(sidecar(), LEGACY_FILE), '{"version": 7, "searches": "?"}');
    const c = await open();
    expect(await c.call('search.saved.list', {})).toEqual([]);
    await c.call('search.saved.save', { name: 'New', query: 'x', filters: [] });
    expect(await readFile(path.join(sidecar(), LEGACY_FILE), 'utf8')).toBe('{"version": 7, "searches": "?"}');
  });

  it('lists an old file without moving it when the sidecar is read-only', async () => {
    const dir = sidecar();
    await mkdir(dir, { recursive: true });
    const old = {
      version: 1,
      searches: [{ name: 'Talks', query: 'talks', filters: [], savedAt: '2025-12-01T10:00:00.000Z' }],
    };
    await writeFile(path.join(dir, LEGACY_FILE), JSON.stringify(old));
    const store = new SidecarStore({ dir, backupDir: path.join(dataDir, 'b'), readOnlyReason: 'read-only' });
    const col = await store.collection('searches', SavedSearchRecordSchema, 1);
    const shown = await migrateLegacy(col, dir);
    expect(shown).toEqual([{ ...old.searches[0], id: 'talks' }]);
    expect(await readdir(dir)).toEqual([LEGACY_FILE]);
  });

  it('folds names into record ids', () => {
    expect(savedSearchId('  Kyiv Talks ')).toBe('kyiv talks');
    expect(savedSearchId('Cafe\u0301')).toBe(savedSearchId('Café'));
  });
});
