import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { z } from 'zod';
import type { ArticleMeta } from './article/parse-article';

/** `<file>.meta.json`: what the analyst (or the tool that saved the page) says about the article. */
export const SidecarMetaSchema = z.object({
  title: z.string().min(1).max(1000).optional(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}/)
    .optional(),
  outlet: z.string().min(1).max(200).optional(),
  url: z.string().max(4096).optional(),
  author: z.string().max(500).optional(),
});

/** Which `.meta.json` a parse used: size and mtime (taken before the read) and sha256 of the bytes read. */
export interface SidecarStamp {
  size: number;
  mtimeMs: number;
  hash: string;
}

/** A `.meta.json` as read for one parse: its fields (null: none or broken) and its stamp (null: none). */
export interface SidecarRead {
  meta: ArticleMeta | null;
  stamp: SidecarStamp | null;
}

/** The path of the `.meta.json` that describes the article at `absPath`. */
export function sidecarPathOf(absPath: string): string {
  return `${absPath}.meta.json`;
}

/**
 * Reads `<absPath>.meta.json` with its stamp. The stat comes before the read, as for the article: a
 * sidecar rewritten in between is recorded with its old mtime, so the parse cache sees a change later.
 * No sidecar (or one that is not a readable file) has no stamp; a broken one is ignored with its stamp
 * kept (the article still indexes from its own text, and a fixed sidecar is seen as a change).
 */
export async function readSidecar(absPath: string): Promise<SidecarRead> {
  const file = sidecarPathOf(absPath);
  let bytes: Buffer;
  let stamp: SidecarStamp;
  try {
    const info = await stat(file);
    if (!info.isFile()) return { meta: null, stamp: null };
    bytes = await readFile(file);
    stamp = { size: info.size, mtimeMs: info.mtimeMs, hash: hashBytes(bytes) };
  } catch {
    return { meta: null, stamp: null };
  }
  return { meta: parseSidecarMeta(bytes.toString('utf8')), stamp };
}

/** Reads `<absPath>.meta.json` when there is one: null when it is missing or broken (see {@link readSidecar}). */
export async function readSidecarMeta(absPath: string): Promise<ArticleMeta | null> {
  return (await readSidecar(absPath)).meta;
}

/** sha256 hex of a sidecar's bytes (what the parse cache compares when an entry's mtime is racy). */
export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function parseSidecarMeta(raw: string): ArticleMeta | null {
  try {
    const parsed = SidecarMetaSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return null;
    const { title, date, outlet } = parsed.data;
    return { title, date: date?.slice(0, 10), dateSource: date ? 'sidecar' : undefined, outlet };
  } catch {
    return null;
  }
}
