import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalClient } from '../../../../../electron/hosts/local/local-client';
import { tempDir } from '../../../../support/temp';

let root: string;
let dataDir: string;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  const t = await tempDir();
  cleanup = t.cleanup;
  root = path.join(t.dir, 'evidence');
  dataDir = path.join(t.dir, 'data');
  await mkdir(root, { recursive: true });
  await writeFile(path.join(root, 'a.txt'), 'Title\n\nThe minister resigned on Friday after the vote.\n');
});
afterEach(async () => {
  await cleanup().catch(() => undefined);
});

async function open(): Promise<LocalClient> {
  const c = await LocalClient.create({ dataDir, cacheDir: path.join(dataDir, 'cache'), version: 'test' });
  await c.call('workspace.open', { path: root });
  return c;
}

describe('moving the sidecar', () => {
  it('moves to app data (the folder keeps nothing of ours), stays there on re-open, and moves back', async () => {
    const c = await open();
    const text = 'Title\n\nThe minister resigned on Friday after the vote.\n';
    const start = text.indexOf('minister resigned');
    const a = await c.call('annotations.create', { docId: 'a.txt', start, end: start + 17, note: 'keep me' });
    expect((await c.call('sidecar.status', {})).info.location).toBe('folder');

    const moved = await c.call('sidecar.move', { to: 'app-data' });
    expect(moved).toMatchObject({ location: 'app-data', reason: 'kept outside the folder at your request' });
    expect(await readdir(root)).toEqual(['a.txt']);
    expect((await c.call('annotations.get', { id: a.id })).note).toBe('keep me');

    const again = await open();
    expect((await again.call('sidecar.status', {})).info.location).toBe('app-data');
    expect(await again.call('annotations.list', {})).toHaveLength(1);

    const back = await again.call('sidecar.move', { to: 'folder' });
    expect(back.location).toBe('folder');
    const file = JSON.parse(await readFile(path.join(root, '.dossier', 'annotations.json'), 'utf8')) as {
      records: { id: string }[];
    };
    expect(file.records.map((r) => r.id)).toEqual([a.id]);
    expect((await open().then((x) => x.call('annotations.list', {})))[0]?.note).toBe('keep me');
  });
});
