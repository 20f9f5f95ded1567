import { missingCaseError } from '../../../shared/contract/errors';
import type { Excerpt, ExportFormat, ExportMeta, ExportOutput } from '../../../shared/model/export';
import { writeCsv } from './csv';
import { writeDocx } from './docx';
import { writeHtml } from './html';
import { writeJsonLd } from './jsonld';
import { writeMarkdown } from './markdown';
import { writeQdpx, type SourceTexts } from './qdpx';

/** File extension and MIME type per format. */
export const FORMAT_FILES: Record<ExportFormat, { ext: string; mime: string }> = {
  md: { ext: 'md', mime: 'text/markdown;charset=utf-8' },
  csv: { ext: 'csv', mime: 'text/csv;charset=utf-8' },
  html: { ext: 'html', mime: 'text/html;charset=utf-8' },
  docx: { ext: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  jsonld: { ext: 'jsonld', mime: 'application/ld+json' },
  qdpx: { ext: 'qdpx', mime: 'application/zip' },
};

/** Writes excerpts in one format: text formats as UTF-8, binary ones as bytes. */
export async function writeFormat(
  format: ExportFormat,
  excerpts: readonly Excerpt[],
  meta: ExportMeta,
  texts: SourceTexts,
): Promise<string | Uint8Array> {
  switch (format) {
    case 'md':
      return writeMarkdown(excerpts, meta);
    case 'csv':
      return writeCsv(excerpts, meta);
    case 'html':
      return writeHtml(excerpts, meta);
    case 'jsonld':
      return writeJsonLd(excerpts, meta);
    case 'docx':
      return writeDocx(excerpts, meta);
    case 'qdpx':
      return writeQdpx(excerpts, meta, texts);
    default:
      throw missingCaseError(format);
  }
}

/** Writes and wraps the result for the contract (binary formats base64). */
export async function exportOutput(
  format: ExportFormat,
  excerpts: readonly Excerpt[],
  meta: ExportMeta,
  texts: SourceTexts,
): Promise<ExportOutput> {
  const written = await writeFormat(format, excerpts, meta, texts);
  const { ext, mime } = FORMAT_FILES[format];
  return {
    format,
    filename: `${safeFileName(meta.title)}.${ext}`,
    mime,
    encoding: typeof written === 'string' ? 'utf8' : 'base64',
    content: typeof written === 'string' ? written : Buffer.from(written).toString('base64'),
    count: excerpts.length,
  };
}

/** A file name any OS accepts, from a brief's title. */
export function safeFileName(title: string): string {
  const cleaned = title
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 80)
    .trim();
  return cleaned || 'dossier-export';
}
