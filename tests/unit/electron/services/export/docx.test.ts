import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { QUOTE_STYLE, writeDocx } from '../../../../../electron/services/export/docx';
import { fixtureExcerpts, fixtureMeta } from '../../../../fixtures/export/excerpts';

/** The visible text of WordprocessingML paragraphs, one string per <w:p>. */
function paragraphs(xml: string): Array<{ style: string | null; text: string }> {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? null,
    text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => m[1] ?? '')
      .join('')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  }));
}

describe('DOCX export', () => {
  it('is a Word document whose body and footnotes read back with every excerpt and citation', async () => {
    const excerpts = fixtureExcerpts();
    const bytes = await writeDocx(excerpts, fixtureMeta());
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        '[Content_Types].xml',
        'word/document.xml',
        'word/styles.xml',
        'word/footnotes.xml',
      ]),
    );
    const body = paragraphs(strFromU8(files['word/document.xml'] as Uint8Array));
    expect(body[0]).toEqual({ style: 'Title', text: 'Geneva talks brief' });
    expect(body.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual([
      '-2+3',
      'Reconstruction',
      'Sanctions',
      'Security guarantees',
      'Territory',
    ]);
    const quotes = body.filter((p) => p.style === QUOTE_STYLE).map((p) => p.text);
    expect(quotes.sort()).toEqual(excerpts.map((e) => e.quote).sort());
    expect(body.some((p) => p.text === 'Note: Kyiv frames guarantees as *the* blocker.')).toBe(true);
    const styles = strFromU8(files['word/styles.xml'] as Uint8Array);
    expect(styles).toContain(`w:styleId="${QUOTE_STYLE}"`);
    const notes = paragraphs(strFromU8(files['word/footnotes.xml'] as Uint8Array))
      .map((p) => p.text)
      .join('\n');
    for (const e of excerpts) expect(notes).toContain(`chars ${e.start}–${e.end}`);
    expect(notes).toContain(
      'Northwire, “Envoys end second day of talks without a deal on guarantees”, 2025-12-02 (date from meta)',
    );
    const rels = strFromU8(files['word/_rels/footnotes.xml.rels'] as Uint8Array);
    expect(rels).toContain('dossier://open?folder=');
  });

  it('writes a valid document for an empty selection', async () => {
    const files = unzipSync(await writeDocx([], fixtureMeta()));
    expect(strFromU8(files['word/document.xml'] as Uint8Array)).toContain(
      'No annotations match this selection.',
    );
  });
});
