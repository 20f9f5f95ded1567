import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { DocumentFormat, EncodingInfo, SkipReason } from '../../../shared/model/document';
import { toCanonicalText } from '../../../shared/text/canonical';
import { isErrnoException } from '../errors';
import type { ArticleMeta } from './article/parse-article';
import { looksBinary } from './binary';
import { decodeBytes, guessUtf16 } from './decode';
import { extractDocx } from './extract/docx';
import { extractHtml } from './extract/html';
import { readMarkdown } from './extract/markdown';
import { extractPdf } from './extract/pdf';
import { ExtractError } from './extract/types';
import { storySignature } from './minhash';
import { parsePlainText } from './parse-text';
import { readSidecarMeta } from './sidecar-meta';
import type { FileOutcome, ParsedStory } from './types';

/** Options of one file's ingest. */
export interface IngestOptions {
  /** Files larger than this many bytes are skipped with `too-large`. */
  maxBytes: number;
  /** Encoding chosen by the analyst for this file, if any. */
  encodingOverride?: string | undefined;
  /**
   * The article's `.meta.json` fields as the caller already read them (the parse cache records which
   * sidecar a parse used); read here when not given.
   */
  sidecar?: ArticleMeta | null | undefined;
}

/** Default size cap: 50 MB of text (DESIGN.md §7, issue on ingest). */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

const FORMATS: Record<string, DocumentFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
  '.docx': 'docx',
};

const CONTAINER: EncodingInfo = { name: 'utf-8', confidence: 1, source: 'container', flagged: false };

/** The format for a file name, or null when Dossier does not read that kind of file. */
export function formatOf(fileName: string): DocumentFormat | null {
  return FORMATS[path.extname(fileName).toLowerCase()] ?? null;
}

/**
 * Reads, decodes and parses one file. Never throws: every failure is a `skipped` outcome with a reason;
 * a file that changed while it was read is `retry` (the scan re-queues it) and a deleted one is `gone`.
 */
export async function ingestFile(
  absPath: string,
  relPath: string,
  options: IngestOptions,
): Promise<FileOutcome> {
  const skip = (reason: SkipReason, detail: string): FileOutcome => ({
    kind: 'skipped',
    skipped: { path: relPath, reason, detail },
  });
  const format = formatOf(relPath);
  if (!format)
    return skip('unsupported', `files of type "${path.extname(relPath) || '(none)'}" are not read`);
  let before;
  let bytes: Uint8Array;
  try {
    before = await stat(absPath);
    if (before.size > options.maxBytes)
      return skip(
        'too-large',
        `${formatBytes(before.size)} is over the ${formatBytes(options.maxBytes)} limit`,
      );
    bytes = await readFile(absPath);
    const after = await stat(absPath);
    if (after.size !== before.size || after.mtimeMs !== before.mtimeMs || bytes.length !== after.size)
      return { kind: 'retry', path: relPath };
  } catch (e) {
    if (isErrnoException(e) && e.code === 'ENOENT') return { kind: 'gone', path: relPath };
    return skip(
      'unreadable',
      isErrnoException(e) ? `${e.code}: cannot read the file; check its permissions` : String(e),
    );
  }
  if (bytes.length === 0) return skip('empty', 'the file is empty (0 bytes)');
  try {
    const sidecar = options.sidecar === undefined ? await readSidecarMeta(absPath) : options.sidecar;
    const parsed = await parseBytes(
      bytes,
      format,
      relPath,
      before.mtimeMs,
      sidecar,
      options.encodingOverride,
    );
    if ('skip' in parsed) return skip(parsed.skip, parsed.detail);
    for (const story of parsed.stories)
      story.signature = storySignature(parsed.text, story.start, story.end, story.boilerplate);
    return {
      kind: 'parsed',
      file: {
        relPath,
        format,
        encoding: parsed.encoding,
        contentHash: sha256(parsed.text),
        text: parsed.text,
        stories: parsed.stories,
        size: before.size,
        mtimeMs: before.mtimeMs,
      },
    };
  } catch (e) {
    if (e instanceof ExtractError) return skip(e.reason, e.detail);
    return skip(
      'parse-error',
      `the file could not be parsed (${e instanceof Error ? e.message : String(e)})`,
    );
  }
}

type Parsed =
  { text: string; encoding: EncodingInfo; stories: ParsedStory[] } | { skip: SkipReason; detail: string };

/** Bytes of a known format → canonical text and stories (exported for the worker and tests). */
export async function parseBytes(
  bytes: Uint8Array,
  format: DocumentFormat,
  relPath: string,
  mtimeMs: number,
  sidecar: ArticleMeta | null,
  encodingOverride?: string,
): Promise<Parsed> {
  const context = (meta: ArticleMeta) => ({
    meta: sidecar ? { ...meta, ...defined(sidecar) } : meta,
    mtimeMs,
    fileName: path.basename(relPath),
  });
  if (format === 'pdf' || format === 'docx') {
    const out = format === 'pdf' ? await extractPdf(bytes) : await extractDocx(bytes);
    const text = toCanonicalText(out.text);
    return { text, encoding: CONTAINER, stories: parsePlainText(text, context(out.meta)) };
  }
  if (!hasBom(bytes) && !guessUtf16(bytes) && looksBinary(bytes))
    return {
      skip: 'binary',
      detail: 'the content is binary, not text (NUL or control bytes in the first 8 KB)',
    };
  const decoded = decodeBytes(bytes, encodingOverride);
  if (format === 'html') {
    const out = await extractHtml(decoded.text);
    const text = toCanonicalText(out.text);
    return { text, encoding: decoded.encoding, stories: parsePlainText(text, context(out.meta)) };
  }
  const text = toCanonicalText(decoded.text);
  if (format === 'md') {
    const md = readMarkdown(text);
    const stories = parsePlainText(md.body, context(md.meta));
    if (md.frontMatterEnd > 0 && stories[0])
      stories[0].boilerplate.unshift({ start: 0, end: md.frontMatterEnd, kind: 'metadata' });
    return { text, encoding: decoded.encoding, stories };
  }
  return { text, encoding: decoded.encoding, stories: parsePlainText(text, context({})) };
}

function defined(meta: ArticleMeta): ArticleMeta {
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined)) as ArticleMeta;
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

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}
