import { createHash } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { StanceSchema } from '../../../shared/model/issue';
import { readLineCache, writeLineCache } from '../fs/line-cache';
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
 * Reads a detection cache (a line cache, see `fs/line-cache`): a foreign version or rules fingerprint
 * voids it whole; a cut-short cache yields what could be read and the rest is detected again.
 */
export async function readDetectionCache(
  file: string,
  into: Map<string, CachedDetections>,
  yieldNow: () => Promise<void>,
): Promise<void> {
  await readLineCache(
    file,
    (header) => {
      const h = HeaderSchema.safeParse(header);
      return h.success && h.data.rules === rulesFingerprint();
    },
    (line) => {
      const parsed = LineSchema.safeParse(line);
      if (parsed.success)
        into.set(parsed.data.path, { key: parsed.data.key, detections: parsed.data.detections });
    },
    yieldNow,
  );
}

/** Writes the entries whose key still matches the folder's file, atomically, a line at a time. */
export async function writeDetectionCache(
  file: string,
  entries: ReadonlyMap<string, CachedDetections>,
  currentKey: (relPath: string) => string | undefined,
  yieldNow: () => Promise<void>,
): Promise<void> {
  const lines = function* () {
    for (const [rel, c] of entries)
      yield currentKey(rel) === c.key ? { path: rel, key: c.key, detections: c.detections } : undefined;
  };
  await writeLineCache(file, { version: DETECTOR_VERSION, rules: rulesFingerprint() }, lines(), yieldNow);
}
