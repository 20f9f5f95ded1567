import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { DocumentFormat } from '../../../shared/model/document';
import { toCanonicalText } from '../../../shared/text/canonical';
import { isErrnoException } from '../errors';
import { looksBinary } from './binary';
import { decodeBytes, guessUtf16 } from './decode';
import { parsePlainText } from './parse-text';
import type { FileOutcome } from './types';

/** Options of one file's ingest. */
export interface IngestOptions {
  /** Files larger than this many bytes are skipped with `too-large`. */
  maxBytes: number;
  /** Encoding chosen by the analyst for this file, if any. */
  encodingOverride?: string;
}

/** Default size cap: 50 MB of text (DESIGN.md §7, issue on ingest). */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

const FORMATS: Record<string, DocumentFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
};

/** The format for a file name, or null when Dossier does not read that kind of file. */
export function formatOf(fileName: string): DocumentFormat | null {
  return FORMATS[path.extname(fileName).toLowerCase()] ?? null;
}

/** Reads, decodes and parses one file; every failure becomes a `skipped` outcome with a reason. */
export async function ingestFile(
  absPath: string,
  relPath: string,
  options: IngestOptions,
): Promise<FileOutcome> {
  const skip = (reason: Parameters<typeof skipped>[1], detail: string) => skipped(relPath, reason, detail);
  const format = formatOf(relPath);
  if (!format)
    return skip('unsupported', `files of type "${path.extname(relPath) || '(none)'}" are not read`);
  let info;
  let bytes: Uint8Array;
  try {
    info = await stat(absPath);
    if (info.size > options.maxBytes) {
      return skip(
        'too-large',
        `${formatBytes(info.size)} is over the ${formatBytes(options.maxBytes)} limit`,
      );
    }
    bytes = await readFile(absPath);
  } catch (e) {
    return skip('unreadable', isErrnoException(e) ? `${e.code}: ${e.message}` : String(e));
  }
  if (bytes.length === 0) return skip('empty', 'the file is empty (0 bytes)');
  if (!hasBom(bytes) && !guessUtf16(bytes) && looksBinary(bytes)) {
    return skip('binary', 'the content is binary, not text (NUL bytes in the first 8 KB)');
  }
  const decoded = decodeBytes(bytes, options.encodingOverride);
  const text = toCanonicalText(decoded.text);
  return {
    kind: 'parsed',
    file: {
      relPath,
      format,
      encoding: decoded.encoding,
      contentHash: sha256(text),
      text,
      stories: parsePlainText(text, { mtimeMs: info.mtimeMs, fileName: path.basename(relPath) }),
      size: info.size,
      mtimeMs: info.mtimeMs,
    },
  };
}

/** sha256 hex of a string's UTF-8 bytes. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function hasBom(b: Uint8Array): boolean {
  return (
    (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) ||
    (b[0] === 0xff && b[1] === 0xfe) ||
    (b[0] === 0xfe && b[1] === 0xff)
  );
}

function skipped(
  relPath: string,
  reason: import('../../../shared/model/document').SkipReason,
  detail: string,
): FileOutcome {
  return { kind: 'skipped', skipped: { path: relPath, reason, detail } };
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}
