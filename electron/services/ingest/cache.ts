import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
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
import { hashBytes, readSidecar, sidecarPathOf, type SidecarStamp } from './sidecar-meta';
import type { FileOutcome, ParsedFile } from './types';

/**
 * Parse cache: one JSON file per source file under `<cacheDir>/ingest-v<N>/<workspace key>/`, keyed by the
 * relative path and holding the size, mtime and a sha256 of the raw bytes it was made from, and the same
 * stamp of the `<file>.meta.json` the parse used (or none). Bump {@link CACHE_VERSION} whenever the parse
 * of the same bytes or the entry's format changes: old entries are then ignored (another directory).
 */
// 4: entries record the `.meta.json` stamp (a sidecar edited alone used to bring back the old parse).
export const CACHE_VERSION = 4;

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

const StampSchema = z.object({ size: z.number(), mtimeMs: z.number(), hash: z.string() });

const EntrySchema = z.object({
  version: z.literal(CACHE_VERSION),
  size: z.number(),
  mtimeMs: z.number(),
  rawHash: z.string(),
  encodingOverride: z.string().nullable(),
  /** The `.meta.json` the parse used; null when there was none. */
  sidecar: StampSchema.nullable(),
  cachedAt: z.number(),
  file: ParsedFileSchema,
});

/** The cache directory of one workspace root. */
export function cacheDirFor(cacheDir: string, root: string): string {
  const key = createHash('sha256').update(path.resolve(root)).digest('hex').slice(0, 24);
  return path.join(cacheDir, `ingest-v${CACHE_VERSION}`, key);
}

/**
 * Removes the parse caches of earlier versions under `cacheDir` (`ingest-v<N>`, N below the current): no
 * version reads another's entries, and at 100k files a stale one holds hundreds of MB. Never throws.
 */
export async function pruneOldParseCaches(cacheDir: string): Promise<void> {
  const names = await readdir(cacheDir).catch(() => [] as string[]);
  await Promise.all(
    names.map(async (name) => {
      const version = /^ingest-v(\d+)$/.exec(name)?.[1];
      if (version !== undefined && Number(version) < CACHE_VERSION)
        await rm(path.join(cacheDir, name), { recursive: true, force: true }).catch(() => undefined);
    }),
  );
}

function entryPath(dir: string, relPath: string): string {
  const h = createHash('sha256').update(relPath).digest('hex');
  return path.join(dir, h.slice(0, 2), `${h.slice(2, 32)}.json`);
}

/** Entries used and files parsed through the cache on this thread (tests and the bench count parses). */
export interface ParseCacheStats {
  hits: number;
  misses: number;
}

const stats: ParseCacheStats = { hits: 0, misses: 0 };

/** A copy of this thread's {@link ParseCacheStats} (each ingest worker keeps its own). */
export function parseCacheStats(): ParseCacheStats {
  return { ...stats };
}

/**
 * Ingests one file through the cache: a valid entry whose size, mtime (and, when the entry is racy, raw
 * hash) match, and whose `.meta.json` stamp matches the sidecar now there (or both have none), is
 * returned without parsing; anything else is parsed and written back. A corrupt or outdated entry is
 * simply rebuilt. Cache failures never fail the ingest.
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
    const [info, raw, sidecarNow] = await Promise.all([
      stat(absPath),
      readFile(file, 'utf8'),
      stat(sidecarPathOf(absPath)).catch(() => null),
    ]);
    const entry = EntrySchema.safeParse(JSON.parse(raw));
    if (
      entry.success &&
      entry.data.size === info.size &&
      entry.data.mtimeMs === info.mtimeMs &&
      entry.data.encodingOverride === override
    ) {
      const racy = entry.data.cachedAt - info.mtimeMs < RACY_MS;
      if (
        (!racy || (await hashFile(absPath)) === entry.data.rawHash) &&
        (await sameSidecar(entry.data.sidecar, sidecarNow?.isFile() ? sidecarNow : null, entry.data, absPath))
      ) {
        stats.hits++;
        return { kind: 'parsed', file: { ...(entry.data.file as ParsedFile), relPath } };
      }
    }
  } catch {
    // No entry, unreadable entry or corrupt JSON: parse afresh below.
  }
  stats.misses++;
  // Read here, not inside the parse, so the entry records the very sidecar the parse used.
  const sidecar = await readSidecar(absPath);
  const outcome = await ingestFile(absPath, relPath, { ...options, sidecar: sidecar.meta });
  if (outcome.kind === 'parsed')
    await writeEntry(file, absPath, outcome.file, override, sidecar.stamp).catch(() => undefined);
  return outcome;
}

/**
 * True when the `.meta.json` now at `absPath` is the one the entry was parsed with: both absent, or the
 * same size and mtime, checked by content hash when that mtime is within {@link RACY_MS} of the entry's
 * write (an edit in the same timestamp tick keeps the mtime).
 */
async function sameSidecar(
  recorded: SidecarStamp | null,
  now: { size: number; mtimeMs: number } | null,
  entry: { cachedAt: number },
  absPath: string,
): Promise<boolean> {
  if (recorded === null || now === null) return recorded === now;
  if (recorded.size !== now.size || recorded.mtimeMs !== now.mtimeMs) return false;
  if (entry.cachedAt - now.mtimeMs >= RACY_MS) return true;
  return hashBytes(await readFile(sidecarPathOf(absPath))) === recorded.hash;
}

async function writeEntry(
  file: string,
  absPath: string,
  parsed: ParsedFile,
  override: string | null,
  sidecar: SidecarStamp | null,
): Promise<void> {
  const rawHash = await hashFile(absPath);
  const entry = {
    version: CACHE_VERSION,
    size: parsed.size,
    mtimeMs: parsed.mtimeMs,
    rawHash,
    encodingOverride: override,
    sidecar,
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
