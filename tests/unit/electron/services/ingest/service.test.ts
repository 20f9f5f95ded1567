import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SidecarInfo } from '../../../../../shared/model/workspace';
import { LocalClient } from '../../../../../electron/hosts/local/local-client';
import { ENCODINGS_FILE } from '../../../../../electron/services/workspace/encodings';
import { watchWorkspace } from '../../../../../electron/services/workspace/watch';
import { Workspace, type FilesChange } from '../../../../../electron/services/workspace/workspace';
import { tempDir } from '../../../../support/temp';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});
async function scratch(): Promise<string> {
  const t = await tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}
const ARTICLE = (title: string) =>
  `${title}\n\nThe talks resumed on Monday after a pause of two months, officials said in a short statement.\n`;

describe('encoding override', () => {
  it('re-decodes a file, saves the choice in the sidecar folder and fires the files-changed hook', async () => {
    const root = await scratch();
    const data = await scratch();
    // "Привет мир" in windows-1251: short text the detector may misread.
    await writeFile(
      path.join(root, 'ru.txt'),
      Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x20, 0xec, 0xe8, 0xf0, 0x0a]),
    );
    const client = await LocalClient.create({
      dataDir: data,
      cacheDir: path.join(data, 'cache'),
      version: 'test',
    });
    await client.call('workspace.open', { path: root });
    expect(await client.call('documents.encodings', {})).toContain('koi8-r');
    const doc = await client.call('documents.setEncoding', { id: 'ru.txt', encoding: 'windows-1251' });
    expect(doc.text).toBe('Привет мир\n');
    expect(doc.encoding).toMatchObject({ name: 'windows-1251', source: 'override' });
    const stored: unknown = JSON.parse(await readFile(path.join(root, '.dossier', ENCODINGS_FILE), 'utf8'));
    expect(stored).toEqual({ version: 1, overrides: { 'ru.txt': 'windows-1251' } });
    // Re-opening keeps the choice (and the cache is keyed by it).
    await client.call('workspace.open', { path: root });
    expect((await client.call('documents.get', { id: 'ru.txt' })).text).toBe('Привет мир\n');
    const reply = await client.request('documents.setEncoding', { id: 'ru.txt', encoding: 'klingon' });
    expect(reply).toMatchObject({ ok: false, code: 'invalid_params' });
  });
});

describe('watcher', () => {
  it('re-parses only added, changed, renamed and removed files and notifies subscribers', async () => {
    const root = await scratch();
    await writeFile(path.join(root, 'a.txt'), ARTICLE('First headline about the quota talks'));
    await writeFile(path.join(root, 'b.txt'), ARTICLE('Second headline about the ferry strike'));
    const sidecar: SidecarInfo = {
      location: 'folder',
      path: path.join(root, '.dossier'),
      readOnly: false,
      reason: null,
    };
    const ws = await Workspace.open(root, sidecar, () => undefined, { workers: 0, cacheDir: null });
    cleanups.push(() => ws.close());
    const changes: FilesChange[] = [];
    const fileEvents: string[] = [];
    ws.onFilesChanged((c) => changes.push(c));
    const stop = watchWorkspace(ws, {
      fileChanged: (p) => fileEvents.push(`${p.kind}:${p.path}`),
      documentsChanged: () => undefined,
    });
    ws.onClose(stop);
    await new Promise((r) => setTimeout(r, 300)); // the watcher's first walk of the folders must finish
    const settle = async (predicate: () => boolean) => {
      for (let i = 0; i < 100 && !predicate(); i++) await new Promise((r) => setTimeout(r, 50));
    };
    await writeFile(path.join(root, 'a.txt'), ARTICLE('First headline, now revised by the editor'));
    await writeFile(path.join(root, 'c.txt'), ARTICLE('Third headline about a new bridge'));
    await writeFile(path.join(root, '.c.txt.swp'), 'editor temp file');
    await settle(() => ws.files.has('c.txt') && ws.files.get('a.txt')!.stories[0]!.title.includes('revised'));
    expect(ws.files.get('a.txt')!.stories[0]!.title).toBe('First headline, now revised by the editor');
    expect(ws.files.has('c.txt')).toBe(true);
    await rename(path.join(root, 'b.txt'), path.join(root, 'b2.txt'));
    await rm(path.join(root, 'c.txt'));
    await settle(() => ws.files.has('b2.txt') && !ws.files.has('c.txt') && !ws.files.has('b.txt'));
    expect([...ws.files.keys()]).toEqual(['a.txt', 'b2.txt']);
    const all = changes.flatMap((c) => [
      ...c.added.map((p) => `added:${p}`),
      ...c.changed.map((p) => `changed:${p}`),
      ...c.removed.map((p) => `removed:${p}`),
    ]);
    expect(all.sort()).toEqual([
      'added:b2.txt',
      'added:c.txt',
      'changed:a.txt',
      'removed:b.txt',
      'removed:c.txt',
    ]);
    expect(fileEvents.sort()).toEqual(all.sort());
  });
});
