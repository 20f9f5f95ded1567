import { rename } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalClient } from '../../../../../electron/hosts/local/local-client';
import { dossierLink, parseDossierLink } from '../../../../../electron/services/export/link';
import { resolvePassageLink } from '../../../../../electron/services/export/link-resolve';
import { copyFolder, tempDir } from '../../../../support/temp';
import { EXPORT_PROJECT, fixtureText } from '../../../../fixtures/export/excerpts';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

async function client(dataDir?: string): Promise<LocalClient> {
  const data = await tempDir();
  cleanups.push(data.cleanup);
  const c = await LocalClient.create({
    dataDir: dataDir ?? path.join(data.dir, 'data'),
    cacheDir: path.join(data.dir, 'cache'),
    version: '0.1.0',
  });
  cleanups.push(() => c.close());
  // The search index builds in the background into the cache dir: let it finish before removing it.
  cleanups.push(async () => void (await c.request('search.query', { query: 'x', wait: true })));
  return c;
}

async function copy(): Promise<string> {
  const c = await copyFolder(EXPORT_PROJECT);
  cleanups.push(c.cleanup);
  return c.dir;
}

const QUOTE = 'security guarantees remain unresolved';

/** Annotates QUOTE in `folder` and returns the link its Markdown export carries. */
async function exportedLink(c: LocalClient, folder: string): Promise<string> {
  await c.call('workspace.open', { path: folder });
  const start = fixtureText('talks-wire.txt').indexOf(QUOTE);
  await c.call('annotations.create', { docId: 'talks-wire.txt', start, end: start + QUOTE.length });
  const md = await c.call('export.run', { format: 'md' });
  const link = /\(<(dossier:\/\/[^>]+)>\)/.exec(md.content)?.[1];
  if (!link) throw new Error('no link in the export');
  return link;
}

async function resolve(c: LocalClient, link: string) {
  const parsed = parseDossierLink(link);
  if (!parsed) throw new Error(`not a link: ${link}`);
  return resolvePassageLink(c.services.session, parsed);
}

describe('resolving passage links (ADR 073)', () => {
  it('opens the passage in the open folder, matched by project id, and says the file is unchanged', async () => {
    const c = await client();
    const folder = await copy();
    const link = await exportedLink(c, folder);
    expect(link).not.toContain(encodeURIComponent(folder));
    expect(await resolve(c, link)).toMatchObject({
      kind: 'open',
      folder,
      current: true,
      match: 'project',
      docId: 'talks-wire.txt',
      changed: false,
    });
  });

  it('finds the project again by its id after another folder was opened', async () => {
    const c = await client();
    const first = await copy();
    const link = await exportedLink(c, first);
    await c.call('workspace.open', { path: await copy() });
    expect(await resolve(c, link)).toMatchObject({
      kind: 'open',
      folder: first,
      current: false,
      match: 'project',
    });
  });

  it('finds a folder moved on disk by its id once it was opened at its new place (the sidecar moves with it)', async () => {
    const dataDir = path.join((await tempDir()).dir, 'data');
    const c = await client(dataDir);
    const before = await copy();
    const link = await exportedLink(c, before);
    const moved = `${before}-moved`;
    await c.close();
    await rename(before, moved);
    cleanups.push(() => rename(moved, before).catch(() => undefined));
    const d = await client(dataDir);
    await d.call('workspace.open', { path: moved });
    // Same sidecar (it moved with the folder), so the open folder's id matches.
    expect(await resolve(d, link)).toMatchObject({ kind: 'open', folder: moved, match: 'project' });
    // Another folder open now: the moved one is found among the recent folders by its identity file,
    // and the registry's stale entry (the old place, gone) is passed over.
    await d.call('workspace.open', { path: await copy() });
    expect(await resolve(d, link)).toMatchObject({
      kind: 'open',
      folder: moved,
      current: false,
      match: 'project',
    });
  });

  it('asks the user to locate the folder when no open or recent folder holds the document', async () => {
    const c = await client();
    const link = await exportedLink(c, await copy());
    const other = await client();
    expect(await resolve(other, link)).toMatchObject({
      kind: 'locate',
      name: path.basename(EXPORT_PROJECT),
      docId: 'talks-wire.txt',
    });
  });

  it('never sends a link of one project to another folder that happens to hold a file of that name', async () => {
    const c = await client();
    const link = await exportedLink(c, await copy());
    const d = await client();
    const second = await copy();
    await exportedLink(d, second); // gives `second` a project id of its own
    expect(await resolve(d, link)).toMatchObject({ kind: 'locate' });
  });

  it('still opens legacy links by their absolute folder path', async () => {
    const c = await client();
    const folder = await copy();
    const legacy = dossierLink(folder, 'talks-wire.txt', 245, 282);
    expect(await resolve(c, legacy)).toMatchObject({
      kind: 'open',
      folder,
      current: false,
      match: 'folder',
      start: 245,
      end: 282,
      changed: null,
    });
    expect(await resolve(c, dossierLink('/nowhere/at/all', 'talks-wire.txt', 1, 2))).toMatchObject({
      kind: 'locate',
      name: 'all',
    });
  });

  it('refuses document paths that climb out of the folder', async () => {
    const c = await client();
    const link = 'dossier://open?v=2&name=x&doc=..%2F..%2Fetc%2Fpasswd&start=1&end=2';
    expect(await resolve(c, link)).toMatchObject({ kind: 'locate' });
  });
});
