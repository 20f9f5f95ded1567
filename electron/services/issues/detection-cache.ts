import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { StanceSchema } from '../../../shared/model/issue';
import type { ParsedFile } from '../ingest/types';
import { folderKey } from '../sidecar/location';
import { CUES } from './detect/cues';
import type { Detection } from './detect/detect';
import { LEXICON } from './detect/lexicon';
import { BEFORE_LEAD, FILLER, LEAD, STOP } from './detect/phrase-words';

/**
 * Bump when the detector's code changes what it finds. Edits of the cue patterns, the lexicon or the
 * phrase word lists change {@link rulesFingerprint} by themselves.
 */
export const DETECTOR_VERSION = 1;

/** Detections of one story file, with the file's detection key when they were computed. */
export interface CachedDetections {
  key: string;
  detections: (Detection & { docId: string })[];
}

const HeaderSchema = z.object({ version: z.literal(DETECTOR_VERSION), rules: z.string() });
const LineSchema = z.object({
  path: z.string(),
  key: z.string(),
  detections: z.array(
    z.object({
      docId: z.string(),
      start: z.number().int().min(0),
      end: z.number().int().min(0),
      quote: z.string(),
      topic: z.string(),
      topicLabel: z.string(),
      cue: z.string(),
      stance: StanceSchema,
      actor: z.string().nullable(),
    }),
  ),
});

let rules: string | null = null;

/** A hash of everything the detector reads besides its code: a cache made under other rules is void. */
export function rulesFingerprint(): string {
  rules ??= createHash('sha256')
    .update(
      JSON.stringify([
        DETECTOR_VERSION,
        CUES.map((c) => [
          c.id,
          c.label,
          c.pattern.source,
          c.anchor.source,
          c.stance,
          c.strength,
          c.topicSide,
        ]),
        LEXICON.map((e) => [e.key, e.label, e.pattern.source]),
        [...FILLER],
        [...LEAD],
        [...STOP],
        [...BEFORE_LEAD],
      ]),
    )
    .digest('hex')
    .slice(0, 16);
  return rules;
}

const keys = new WeakMap<ParsedFile, string>();

/**
 * What a file's detections depend on: its canonical text (content hash) and where its stories and
 * their site furniture lie (the parser's output, which may change without the text changing).
 */
export function detectionKey(file: ParsedFile): string {
  let key = keys.get(file);
  if (!key) {
    const bounds = file.stories.map((s) => [s.start, s.end, s.boilerplate.map((b) => [b.start, b.end])]);
    const storyHash = createHash('sha1').update(JSON.stringify(bounds)).digest('hex').slice(0, 16);
    key = `${file.contentHash}:${storyHash}`;
    keys.set(file, key);
  }
  return key;
}

/** The cache file of a folder's detections under the OS cache directory. */
export function detectionCacheFile(cacheDir: string, root: string): string {
  return path.join(cacheDir, 'issues', `${folderKey(root)}.ndjson`);
}

/**
 * Reads a detection cache: a header line, then one JSON line per file, a line at a time with a pause
 * (`yieldNow`) between lines so a 20k-file cache never holds the thread. A missing, foreign or cut-short
 * cache yields what could be read; the rest is detected again.
 */
export async function readDetectionCache(
  file: string,
  into: Map<string, CachedDetections>,
  yieldNow: () => Promise<void>,
): Promise<void> {
  const stream = createReadStream(file, 'utf8');
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  try {
    let header = true;
    for await (const line of lines) {
      if (header) {
        header = false;
        const h = HeaderSchema.safeParse(JSON.parse(line));
        if (!h.success || h.data.rules !== rulesFingerprint()) break;
        continue;
      }
      const parsed = LineSchema.safeParse(JSON.parse(line));
      if (parsed.success)
        into.set(parsed.data.path, { key: parsed.data.key, detections: parsed.data.detections });
      await yieldNow();
    }
  } catch {
    // No cache yet, unreadable, or cut short: what was read is used.
  } finally {
    lines.close();
    stream.destroy();
  }
}

let tempCounter = 0;

/**
 * Writes the entries whose key still matches the folder's file, atomically (temp file, rename), in
 * chunks with pauses between lines.
 */
export async function writeDetectionCache(
  file: string,
  entries: ReadonlyMap<string, CachedDetections>,
  currentKey: (relPath: string) => string | undefined,
  yieldNow: () => Promise<void>,
): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${++tempCounter}.tmp`;
  const handle = await open(temp, 'w');
  try {
    let chunk = [JSON.stringify({ version: DETECTOR_VERSION, rules: rulesFingerprint() })];
    let size = 0;
    for (const [rel, c] of entries) {
      if (currentKey(rel) !== c.key) continue;
      const line = JSON.stringify({ path: rel, key: c.key, detections: c.detections });
      chunk.push(line);
      size += line.length;
      if (size > 1 << 20) {
        await handle.write(`${chunk.join('\n')}\n`);
        chunk = [];
        size = 0;
      }
      await yieldNow();
    }
    await handle.write(chunk.length ? `${chunk.join('\n')}\n` : '');
    await handle.close();
    await rename(temp, file);
  } catch (e) {
    await handle.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw e;
  }
}
