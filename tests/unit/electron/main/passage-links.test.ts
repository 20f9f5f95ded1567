import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** Electron's dialogs, scripted per test (the binary is not available where tests run). */
const dialog = vi.hoisted(() => ({
  showMessageBox: vi.fn<(...args: unknown[]) => Promise<{ response: number }>>(),
  showOpenDialog: vi.fn<(...args: unknown[]) => Promise<{ canceled: boolean; filePaths: string[] }>>(),
}));
vi.mock('electron', () => ({ app: { setAsDefaultProtocolClient: vi.fn() }, dialog }));

import type { BrowserWindow } from 'electron';
import { linkFromArgv, openPassageLink } from '../../../../electron/main/passage-links';
import { LocalClient } from '../../../../electron/hosts/local/local-client';
import { dossierLink } from '../../../../electron/services/export/link';
import { copyFolder, tempDir } from '../../../support/temp';
import { EXPORT_PROJECT, fixtureText } from '../../../fixtures/export/excerpts';

const win = {} as BrowserWindow;
const QUOTE = 'security guarantees remain unresolved';
const cleanups: Array<() => Promise<void>> = [];

beforeEach(() => {
  dialog.showMessageBox.mockReset().mockResolvedValue({ response: 0 });
  dialog.showOpenDialog.mockReset();
});
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

async function setup(): Promise<{ client: LocalClient; folder: string; link: string; reveals: unknown[] }> {
  const data = await tempDir();
  const copy = await copyFolder(EXPORT_PROJECT);
  cleanups.push(data.cleanup, copy.cleanup);
  const client = await LocalClient.create({
    dataDir: path.join(data.dir, 'data'),
    cacheDir: path.join(data.dir, 'cache'),
    version: '0.1.0',
  });
  cleanups.push(() => client.close());
  await client.call('workspace.open', { path: copy.dir });
  // The search index builds in the background into the cache dir: let it finish before removing it.
  cleanups.push(async () => void (await client.request('search.query', { query: 'x', wait: true })));
  const start = fixtureText('talks-wire.txt').indexOf(QUOTE);
  await client.call('annotations.create', { docId: 'talks-wire.txt', start, end: start + QUOTE.length });
  const md = await client.call('export.run', { format: 'md' });
  const link = /\(<(dossier:\/\/[^>]+)>\)/.exec(md.content)?.[1] ?? '';
  const reveals: unknown[] = [];
  client.services.session.events.subscribe((m) => {
    if (m.event === 'ui.reveal') reveals.push(m.payload);
  });
  return { client, folder: copy.dir, link, reveals };
}

describe('opening dossier:// links in the desktop app (ADR 073)', () => {
  it('finds the command-line link', () => {
    expect(linkFromArgv(['app', '--flag', 'dossier://open?v=2&doc=a'])).toBe('dossier://open?v=2&doc=a');
  });

  it('reveals a portable link of the open folder without asking', async () => {
    const { client, link, reveals } = await setup();
    await openPassageLink(link, win, client.services);
    const start = fixtureText('talks-wire.txt').indexOf(QUOTE);
    expect(reveals).toEqual([{ docId: 'talks-wire.txt', start, end: start + QUOTE.length }]);
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('asks before opening the legacy link of another folder, and opens it', async () => {
    const { client, reveals } = await setup();
    const other = await copyFolder(EXPORT_PROJECT);
    cleanups.push(other.cleanup);
    await openPassageLink(dossierLink(other.dir, 'live-blog.txt', 3, 9), win, client.services);
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(1);
    expect(client.services.session.maybeWorkspace()?.root).toBe(other.dir);
    expect(reveals).toEqual([{ docId: 'live-blog.txt', start: 3, end: 9 }]);
  });

  it('asks the user to locate an unknown folder, checks the choice holds the document, then opens it', async () => {
    const { link } = await setup();
    const fresh = await tempDir();
    cleanups.push(fresh.cleanup);
    const elsewhere = await LocalClient.create({
      dataDir: path.join(fresh.dir, 'data'),
      cacheDir: path.join(fresh.dir, 'cache'),
      version: '0.1.0',
    });
    cleanups.push(() => elsewhere.close());
    cleanups.push(async () => void (await elsewhere.request('search.query', { query: 'x', wait: true })));
    const reveals: unknown[] = [];
    elsewhere.services.session.events.subscribe((m) => {
      if (m.event === 'ui.reveal') reveals.push(m.payload);
    });
    // First a wrong folder: refused with a message, nothing opened.
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [fresh.dir] });
    await openPassageLink(link, win, elsewhere.services);
    expect(elsewhere.services.session.maybeWorkspace()).toBeNull();
    expect(JSON.stringify(dialog.showMessageBox.mock.calls.at(-1)?.[1])).toMatch(
      /does not contain talks-wire\.txt/,
    );
    // Then the right one.
    const right = await copyFolder(EXPORT_PROJECT);
    cleanups.push(right.cleanup);
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [right.dir] });
    await openPassageLink(link, win, elsewhere.services);
    expect(elsewhere.services.session.maybeWorkspace()?.root).toBe(right.dir);
    expect(reveals).toHaveLength(1);
  });

  it('reveals the passage at its new place when its file was edited since, and says it moved (ADR 077)', async () => {
    const { client, folder, link, reveals } = await setup();
    const lead = 'Correction: an earlier version of this story gave the wrong day.\n\n';
    const text = fixtureText('talks-wire.txt').replace('GENEVA', `${lead}GENEVA`);
    await writeFile(path.join(folder, 'talks-wire.txt'), text);
    await client.call('workspace.open', { path: folder });
    await openPassageLink(link, win, client.services);
    const start = text.indexOf(QUOTE);
    expect(reveals).toEqual([{ docId: 'talks-wire.txt', start, end: start + QUOTE.length }]);
    expect(dialog.showMessageBox.mock.calls[0]?.[1]).toMatchObject({
      type: 'info',
      message: 'The quoted passage moved since this link was made.',
    });
  });

  it('says so when a link is damaged', async () => {
    const { client } = await setup();
    await openPassageLink('dossier://open?v=2&name=x', win, client.services);
    expect(JSON.stringify(dialog.showMessageBox.mock.calls[0]?.[1])).toMatch(/cannot be opened/);
  });
});
