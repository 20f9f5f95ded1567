import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { loadModule } from './load-module';
import { ExtractError, type Extracted } from './types';

const TextItem = z
  .object({
    str: z.string(),
    hasEOL: z.boolean().optional(),
    transform: z.array(z.number()).optional(),
    height: z.number().optional(),
  })
  .passthrough();
const TextContent = z.object({ items: z.array(z.unknown()) });
const Info = z.object({ info: z.record(z.string(), z.unknown()).nullish() }).passthrough();

interface PdfPage {
  getTextContent(): Promise<unknown>;
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  getMetadata(): Promise<unknown>;
  destroy(): Promise<void>;
}
const PdfJs = z.object({
  getDocument: z.custom<(src: object) => { promise: Promise<PdfDocument> }>((v) => typeof v === 'function'),
});

/** Pages read at most: a text layer past this is not a news article. */
const MAX_PAGES = 500;

/**
 * The text layer of a PDF via pdf.js (legacy build for Node) with `isEvalSupported: false` (CVE-2024-4367)
 * and no font loading beyond the bundled standard fonts. Runs inside an ingest worker, which the pool
 * terminates at its time limit, so a hostile PDF costs at most that long.
 */
export async function extractPdf(bytes: Uint8Array): Promise<Extracted> {
  const pdfjs = PdfJs.parse(await loadModule('pdfjs-dist/legacy/build/pdf.mjs'));
  const fonts =
    path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts') + path.sep;
  let doc: PdfDocument;
  try {
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      standardFontDataUrl: pathToFileURL(fonts).href,
      verbosity: 0,
    }).promise;
  } catch (e) {
    throw new ExtractError(
      'parse-error',
      `the PDF could not be opened (${e instanceof Error ? e.message : String(e)})`,
    );
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= Math.min(doc.numPages, MAX_PAGES); n++) {
      const content = TextContent.parse(await (await doc.getPage(n)).getTextContent());
      const lines: PrintedLine[] = [];
      let current: PrintedLine = { text: '', y: null, height: 0 };
      for (const raw of content.items) {
        const item = TextItem.safeParse(raw);
        if (!item.success) continue;
        if (current.y === null && item.data.str) current.y = item.data.transform?.[5] ?? null;
        current.text += item.data.str;
        current.height = Math.max(current.height, item.data.height ?? 0);
        if (item.data.hasEOL) {
          lines.push(current);
          current = { text: '', y: null, height: 0 };
        }
      }
      lines.push(current);
      pages.push(paragraphs(lines.filter((l) => l.text.trim() !== '')));
    }
    const info = Info.safeParse(await doc.getMetadata()).data?.info ?? {};
    const title = typeof info['Title'] === 'string' ? info['Title'].trim() : undefined;
    const created =
      typeof info['CreationDate'] === 'string' ? /^D:(\d{4})(\d{2})(\d{2})/.exec(info['CreationDate']) : null;
    const date = created ? `${created[1]}-${created[2]}-${created[3]}` : undefined;
    return {
      text: pages.join('\n\n') + '\n',
      meta: { title: title || undefined, date, dateSource: date ? 'meta' : undefined, dateWeak: true },
    };
  } finally {
    await doc.destroy();
  }
}

interface PrintedLine {
  text: string;
  /** Baseline from the bottom of the page, when pdf.js reports it. */
  y: number | null;
  /** Tallest glyph run on the line (the font size, near enough). */
  height: number;
}

/**
 * pdf.js gives one line per printed line. Lines are joined back into paragraphs: a line continues the one
 * above when the gap between them is the usual line spacing and the line above is full width (or the next
 * starts in lower case); a wider gap or a short line ends the paragraph. The article grammar then sees one
 * paragraph per line, as in a text file.
 */
function paragraphs(lines: readonly PrintedLine[]): string {
  const lengths = lines.map((l) => l.text.trim().length).sort((a, b) => a - b);
  const wide = 0.8 * (lengths[Math.floor(lengths.length * 0.9)] ?? 80);
  const out: string[] = [];
  lines.forEach((line, i) => {
    const t = line.text.trim();
    const prev = lines[i - 1];
    if (prev && out.length > 0) {
      const p = prev.text.trim();
      const gap = prev.y !== null && line.y !== null ? prev.y - line.y : null;
      // Wrapped lines sit about 1.2-1.4 font sizes apart; a paragraph break or a new block leaves more.
      const tight = gap === null || gap <= 1.5 * Math.max(prev.height, line.height, 1);
      if (tight && (/^[\p{Ll}\d]/u.test(t) || (p.length >= wide && !/[.!?:"”»]$/.test(p)))) {
        const last = out[out.length - 1]!;
        out[out.length - 1] = /-$/.test(last) && /^\p{Ll}/u.test(t) ? last + t : `${last} ${t}`;
        return;
      }
      if (!tight || /[.!?"”]$/.test(p)) out.push('');
    }
    out.push(t);
  });
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}
