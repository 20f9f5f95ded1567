import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { ingestFile } from '../../../../../electron/services/ingest/ingest-file';
import { checkZipDirectory } from '../../../../../electron/services/ingest/extract/zip-guard';
import { SAMPLE_FOLDER, tempDir } from '../../../../support/temp';

const OPTIONS = { maxBytes: 50 * 1024 * 1024 };
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function parse(rel: string, root = SAMPLE_FOLDER) {
  const out = await ingestFile(path.join(root, rel), rel, OPTIONS);
  if (out.kind !== 'parsed') throw new Error(`${rel} was not parsed: ${JSON.stringify(out)}`);
  return out.file;
}

async function scratch(): Promise<string> {
  const t = await tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

describe('formats', () => {
  it('reads Markdown front matter as metadata and keeps it as a metadata range', async () => {
    const dir = await scratch();
    const md =
      '---\ntitle: "Quota talks: a briefing"\ndate: 2024-02-01\noutlet: Nordic Policy Unit\ntags:\n  - fish\n---\n\n# Quota talks: a briefing\n\nThe talks resume next week after a pause of two months, officials said on Thursday in a short note.\n';
    await writeFile(path.join(dir, 'note.md'), md);
    const file = await parse('note.md', dir);
    const [story] = file.stories;
    expect(story).toMatchObject({
      title: 'Quota talks: a briefing',
      date: '2024-02-01',
      dateSource: 'frontmatter',
      outlet: 'Nordic Policy Unit',
    });
    expect(story!.boilerplate[0]).toMatchObject({ start: 0, kind: 'metadata' });
    expect(file.text.slice(0, story!.boilerplate[0]!.end)).toMatch(/^---\n[\s\S]*\n---$/);
  });

  it('extracts HTML main text without scripts, links or images; title/date/outlet from meta', async () => {
    const dir = await scratch();
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>x</title>
      <meta property="og:title" content="Dam accord signed">
      <meta property="og:site_name" content="Lakeside Post">
      <meta property="article:published_time" content="2024-02-03T10:00:00+01:00">
      <script>document.title = "pwned"; window.evil = 1;</script></head>
      <body onload="alert(1)"><nav><a href="/">Home</a></nav><article><h1>Dam accord signed</h1>
      <p>GENEVA — Two lake states signed an accord on Friday to run a shared dam, <a href="https://x.example">officials said</a>.</p>
      <img src="https://tracker.example/p.gif" alt="tracking pixel"><p>The question of who pays for turbine repairs remains unresolved, and both sides said talks would continue in spring.</p>
      <p>Engineers said the dam would need work within five years whatever the politicians decided at the table.</p></article></body></html>`;
    await writeFile(path.join(dir, 'page.html'), html);
    const file = await parse('page.html', dir);
    expect(file.text).not.toMatch(/pwned|evil|alert|tracking pixel|https?:/);
    expect(file.text).toContain('officials said.');
    expect(file.stories[0]).toMatchObject({
      title: 'Dam accord signed',
      date: '2024-02-03',
      dateSource: 'meta',
      outlet: 'Lakeside Post',
      dateline: 'GENEVA',
    });
  });

  it('reads the hostile sample page as text only', async () => {
    const file = await parse('html/kyiv-herald-hostile-payloads.html');
    expect(file.text).not.toMatch(/javascript:|onerror|<script|alert\(/i);
    expect(file.stories[0]!.outlet).toBe('Kyiv Morning Herald');
  });

  it('reads a PDF text layer with pdf.js and joins wrapped lines into paragraphs', async () => {
    const file = await parse('briefs/gulf-chronicle-riyadh-offer-2025-12-16.pdf');
    expect(file.format).toBe('pdf');
    expect(file.encoding.source).toBe('container');
    expect(file.stories[0]).toMatchObject({ date: '2025-12-16', outlet: 'Gulf Chronicle' });
    expect(file.text.split('\n')[0]).toBe(file.stories[0]!.title);
  });

  it('reads DOCX text with mammoth', async () => {
    const file = await parse('briefs/eastern-standard-guarantee-text-2025-12-17.docx');
    expect(file.stories[0]).toMatchObject({
      date: '2025-12-17',
      outlet: 'The Eastern Standard',
      dateline: 'WARSAW',
    });
  });

  it('refuses a DOCX whose directory declares a zip bomb, before inflating it', async () => {
    const dir = await scratch();
    // 64 MiB of one repeated byte deflates to a few tens of KB: the directory declares the ratio.
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(64 * 1024 * 1024).fill(0x41) }, { level: 9 });
    expect(checkZipDirectory(bomb)).toMatch(/ratio/);
    await writeFile(path.join(dir, 'bomb.docx'), bomb);
    const out = await ingestFile(path.join(dir, 'bomb.docx'), 'bomb.docx', OPTIONS);
    expect(out).toMatchObject({ kind: 'skipped', skipped: { reason: 'zip-bomb' } });
  });

  it('refuses a zip with too many entries', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 30; i++) files[`f${i}.xml`] = new Uint8Array(1);
    expect(
      checkZipDirectory(zipSync(files), {
        maxEntries: 10,
        maxTotalBytes: 1e9,
        maxEntryBytes: 1e9,
        maxRatio: 200,
      }),
    ).toMatch(/entries/);
  });

  it('skips a corrupt PDF and a corrupt DOCX with a reason, never throwing', async () => {
    const dir = await scratch();
    await writeFile(path.join(dir, 'broken.pdf'), '%PDF-1.4\nthis is not really a pdf\n');
    await writeFile(path.join(dir, 'broken.docx'), 'PK\u0003\u0004 not a zip');
    for (const name of ['broken.pdf', 'broken.docx']) {
      const out = await ingestFile(path.join(dir, name), name, OPTIONS);
      expect(out.kind).toBe('skipped');
    }
  });

  it('lets a .meta.json sidecar override title, date and outlet', async () => {
    const dir = await scratch();
    await writeFile(
      path.join(dir, 'saved.txt'),
      'Updated 3 March 2024\n\nSome headline about a quota deal here\n\nBody text of the saved page that goes on for a sentence or two, and then it ends.\n',
    );
    await writeFile(
      path.join(dir, 'saved.txt.meta.json'),
      JSON.stringify({ title: 'Quota deal', date: '2024-03-04', outlet: 'Nordline Press' }),
    );
    const file = await parse('saved.txt', dir);
    expect(file.stories[0]).toMatchObject({
      title: 'Quota deal',
      date: '2024-03-04',
      dateSource: 'sidecar',
      outlet: 'Nordline Press',
    });
  });

  it('counts other extensions as unsupported', async () => {
    const out = await ingestFile(path.join(SAMPLE_FOLDER, 'junk/chart.png'), 'junk/chart.png', OPTIONS);
    expect(out).toMatchObject({ kind: 'skipped', skipped: { reason: 'unsupported' } });
  });
});
