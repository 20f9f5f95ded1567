import { z } from 'zod';
import { loadModule } from './load-module';
import { ExtractError, type Extracted } from './types';
import { checkZipDirectory, readZipEntry } from './zip-guard';

const Mammoth = z.object({
  extractRawText: z.custom<(input: { buffer: Buffer }) => Promise<unknown>>((v) => typeof v === 'function'),
});
const RawText = z.object({ value: z.string() });

/**
 * DOCX text via mammoth, after the zip directory's declared sizes and entry count are checked (mammoth's
 * jszip inflates without bounds). Title and created date come from docProps/core.xml.
 */
export async function extractDocx(bytes: Uint8Array): Promise<Extracted> {
  const problem = checkZipDirectory(bytes);
  if (problem) throw new ExtractError('zip-bomb', `not opened: ${problem}`);
  const mod = await loadModule('mammoth');
  const mammoth = Mammoth.parse((mod as { default?: unknown }).default ?? mod);
  let value: string;
  try {
    value = RawText.parse(await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  } catch (e) {
    throw new ExtractError(
      'parse-error',
      `the document could not be read (${e instanceof Error ? e.message : String(e)})`,
    );
  }
  const core = readZipEntry(bytes, 'docProps/core.xml');
  const xml = core ? Buffer.from(core).toString('utf8') : '';
  const title = tag(xml, 'dc:title');
  const created = tag(xml, 'dcterms:created') ?? tag(xml, 'dcterms:modified');
  const date = created ? /^(\d{4}-\d{2}-\d{2})/.exec(created)?.[1] : undefined;
  return {
    // mammoth separates paragraphs with blank lines already; trim the trailing run.
    text: value.replace(/\n{3,}/g, '\n\n').trimEnd() + '\n',
    meta: { title: title || undefined, date, dateSource: date ? 'meta' : undefined, dateWeak: true },
  };
}

function tag(xml: string, name: string): string | undefined {
  const m = new RegExp(`<${name}(?:\\s[^>]*)?>([^<]{1,500})</${name}>`).exec(xml);
  return m?.[1]
    ?.replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .trim();
}
