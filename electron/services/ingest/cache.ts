import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import {
  BoilerplateSchema,
  DateSourceSchema,
  DocumentFormatSchema,
  EncodingInfoSchema,
  LiveEntrySchema,
} from '../../../shared/model/document';
import { ingestFile, type IngestOptions } from './ingest-file';
import type { FileOutcome, ParsedFile } from './types';

/**
 * Parse cache: one JSON file per source file under `<cacheDir>/ingest-v<N>/<workspace key>/`, keyed by the
 * relative path and holding the size, mtime and a sha256 of the raw bytes it was made from. Bump
 * {@link CACHE_VERSION} whenever the parse of the same bytes changes: old entries are then ignored.
 */
export const CACHE_VERSION = 3;

/** Within this window of the cache write, a matching size and mtime are not trusted (racy git rule). */
const RACY_MS = 2000;

const ParsedFileSchema = z.object({
  relPath: z.string(),
  format: DocumentFormatSchema,
  encoding: EncodingInfoSchema,
  contentHash: z.string(),
  text: z.string(),
  size: z.number(),
  mtimeMs: z.number(),
  stories: z.array(
    z.object({
      start: z.number(),
      end: z.number(),
      title: z.string(),
      date: z.string().nullable(),
      dateSource: DateSourceSchema,
      outlet: z.string(),
      dateline: z.string().nullable(),
      boilerplate: z.array(BoilerplateSchema),
      entries: z.array(LiveEntrySchema),
      splitReason: z.string().nullable(),
      signature: z.array(z.number()).nullable().optional(),
    }),
  ),
});

const EntrySchema = z.object({
  version: z.literal(CACHE_VERSION),
  size: z.number(),
  mtimeMs: z.number(),
  rawHash: z.string(),
  encodingOverride: z.string().nullable(),
  cachedAt: z.number(),
  file: ParsedFileSchema,
});

/** The cache directory of one workspace root. */
export function cacheDirFor(cacheDir: string, root: string): string {
  const key = createHash('sha256').update(path.resolve(root)).digest('hex').slice(0, 24);
  return path.join(cacheDir, `ingest-v${CACHE_VERSION}`, key);
}

function entryPath(dir: string, relPath: string): string {
  const h = createHash('sha256').update(relPath).digest('hex');
  return path.join(dir, h.slice(0, 2), `${h.slice(2, 32)}.json`);
}

/**
 * Ingests one file through the cache: a valid entry whose size, mtime (and, when the entry is racy, raw
 * hash) match is returned without parsing; anything else is parsed and written back. A corrupt or
 * outdated entry is simply rebuilt. Cache failures never fail the ingest.
 */
export async function ingestCached(
  absPath: string,
  relPath: string,
  options: IngestOptions,
  dir: string | null,
): Promise<FileOutcome> {
  if (!dir) return ingestFile(absPath, relPath, options);
  const file = entryPath(dir, relPath);
  const override = options.encodingOverride ?? null;
  try {
    const [info, raw] = await Promise.all([stat(absPath), readFile(file, 'utf8')]);
    const entry = EntrySchema.safeParse(JSON.parse(raw));
    if (
      entry.success &&
      entry.data.size === info.size &&
      entry.data.mtimeMs === info.mtimeMs &&
      entry.data.encodingOverride === override
    ) {
      const racy = entry.data.cachedAt - info.mtimeMs < RACY_MS;
      if (!racy || (await hashFile(absPath)) === entry.data.rawHash)
        return { kind: 'parsed', file: { ...(entry.data.file as ParsedFile), relPath } };
    }
  } catch {
    // No entry, unreadable entry or corrupt JSON: parse afresh below.
  }
  const outcome = await ingestFile(absPath, relPath, options);
  if (outcome.kind === 'parsed')
    await writeEntry(file, absPath, outcome.file, override).catch(() => undefined);
  return outcome;
}

async function writeEntry(
  file: string,
  absPath: string,
  parsed: ParsedFile,
  override: string | null,
): Promise<void> {
  const rawHash = await hashFile(absPath);
  const entry = {
    version: CACHE_VERSION,
    size: parsed.size,
    mtimeMs: parsed.mtimeMs,
    rawHash,
    encodingOverride: override,
    cachedAt: Date.now(),
    file: parsed,
  };
  await mkdir(path.dirname(file), { recursive: true });
  // The cache is regenerable: temp file + rename is enough (no fsync); a torn entry fails validation.
  const tmp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, JSON.stringify(entry));
    await rename(tmp, file);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}

async function hashFile(absPath: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(absPath))
    .digest('hex');
}
