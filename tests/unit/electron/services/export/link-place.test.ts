import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalClient } from '../../../../../electron/hosts/local/local-client';
import { parseDossierLink, type ParsedLink } from '../../../../../electron/services/export/link';
import { locateLinkedPassage } from '../../../../../electron/services/export/link-place';
import { copyFolder, tempDir } from '../../../../support/temp';
import { EXPORT_PROJECT, fixtureText } from '../../../../fixtures/export/excerpts';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

const QUOTE = 'sanctions relief "is not on the table until a ceasefire holds"';
const ORIGINAL = fixtureText('talks-wire.txt');

/** A fresh copy of the fixture folder, open, with QUOTE annotated; returns the link its export carries. */
async function exportedLink(quote = QUOTE): Promise<{ c: LocalClient; folder: string; link: ParsedLink }> {
  const data = await tempDir();
  const copy = await copyFolder(EXPORT_PROJECT);
  cleanups.push(data.cleanup, copy.cleanup);
  const c = await LocalClient.create({
    dataDir: path.join(data.dir, 'data'),
    cacheDir: path.join(data.dir, 'cache'),
    version: '0.1.0',
  });
  cleanups.push(() => c.close());
  cleanups.push(async () => void (await c.request('search.query', { query: 'x', wait: true })));
  await c.call('workspace.open', { path: copy.dir });
  const start = ORIGINAL.indexOf(quote);
  expect(start).toBeGreaterThan(0);
  await c.call('annotations.create', { docId: 'talks-wire.txt', start, end: start + quote.length });
  const md = await c.call('export.run', { format: 'md' });
  const raw = /\(<(dossier:\/\/[^>]+)>\)/.exec(md.content)?.[1];
  const link = raw ? parseDossierLink(raw) : null;
  if (!link) throw new Error('no link in the export');
  return { c, folder: copy.dir, link };
}

/** Rewrites the article on disk and re-opens the folder, as the analyst would find it later. */
async function editArticle(c: LocalClient, folder: string, text: string): Promise<void> {
  await writeFile(path.join(folder, 'talks-wire.txt'), text);
  await c.call('workspace.open', { path: folder });
}

const textNow = (c: LocalClient) => c.services.session.workspace().files.get('talks-wire.txt')?.text ?? '';

describe('opening a passage link after its file changed (ADR 077)', () => {
  it('the link carries the quote; an unchanged file shows the linked offsets without a notice', async () => {
    const { c, link } = await exportedLink();
    expect(link.quote).toBe(QUOTE);
    const at = locateLinkedPassage(c.services.session, link);
    expect(at).toMatchObject({ placement: 'unchanged', start: link.start, end: link.end, notice: null });
  });

  it('finds a passage that moved, and one whose words were edited, in a really edited file', async () => {
    const { c, folder, link } = await exportedLink();
    const lead = 'Correction appended by the desk: an earlier version misnamed the venue.\n\n';
    const moved = ORIGINAL.replace('GENEVA (Northwire) --', `${lead}GENEVA (Northwire) --`);
    await editArticle(c, folder, moved);
    const m = locateLinkedPassage(c.services.session, link);
    expect(m.placement).toBe('reanchored');
    expect(textNow(c).slice(m.start ?? 0, m.end ?? 0)).toBe(QUOTE);
    expect(m.start).toBe((link.start ?? 0) + lead.length);
    expect(m.notice?.message).toBe('The quoted passage moved since this link was made.');

    const edited = moved.replace('sanctions relief', 'sanctions easing');
    await editArticle(c, folder, edited);
    const f = locateLinkedPassage(c.services.session, link);
    expect(f.placement).toBe('reanchored');
    expect(textNow(c).slice(f.start ?? 0, f.end ?? 0)).toBe(
      'sanctions easing "is not on the table until a ceasefire holds"',
    );
    expect(f.score).toBeGreaterThanOrEqual(0.75);
    expect(f.score).toBeLessThan(1);
    expect(f.notice?.message).toBe('The quoted passage was edited since this link was made.');
    expect(f.notice?.detail).toMatch(/match score 0\.\d\d/);
  });

  it('shows the linked offsets, saying so, when the passage is gone or the link has no quote', async () => {
    const { c, folder, link } = await exportedLink();
    await editArticle(
      c,
      folder,
      ORIGINAL.replace(/A senior European official said[^\n]*\n/, 'Officials declined to comment.\n'),
    );
    const gone = locateLinkedPassage(c.services.session, link);
    expect(gone).toMatchObject({ placement: 'unplaced', start: link.start, end: link.end });
    expect(gone.notice?.detail).toMatch(/is no longer in talks-wire\.txt/);

    const old = locateLinkedPassage(c.services.session, { ...link, quote: null });
    expect(old).toMatchObject({ placement: 'unplaced', start: link.start, end: link.end });
    expect(old.notice?.detail).toMatch(/does not carry its quote/);
  });

  it('a quote longer than a link keeps is found by its head and keeps its length', async () => {
    const long = ORIGINAL.slice(ORIGINAL.indexOf('"We are closer'), ORIGINAL.indexOf(' relief "is not'));
    expect(long.length).toBeGreaterThan(200);
    const { c, folder, link } = await exportedLink(long);
    expect(link.quote).toBe(long.slice(0, 200));
    await editArticle(c, folder, `Updated 03 December 2025\n${ORIGINAL}`);
    const at = locateLinkedPassage(c.services.session, link);
    expect(at.placement).toBe('reanchored');
    expect(textNow(c).slice(at.start ?? 0, at.end ?? 0)).toBe(long);
  });
});
