import { createHash } from 'node:crypto';
import type { DocumentSummary } from '../../../shared/model/document';
import { documentId } from '../../../shared/model/ids';
import type { Suggestion, SuggestedEvidence } from '../../../shared/model/issue';
import type { ParsedFile } from '../ingest/types';
import { DossierError } from '../errors';
import { pauser } from '../slices';
import type { Workspace } from '../workspace/workspace';
import { detectInStory, type Detection } from './detect/detect';
import {
  detectionCacheFile,
  detectionKey,
  readDetectionCache,
  writeDetectionCache,
  type CachedDetections,
} from './detection-cache';

/** A detection placed in a document. */
export interface PlacedDetection extends Detection {
  docId: string;
}

/** The detections of a folder's files, in memory and (when a cache directory is given) on disk. */
interface DetectionState {
  entries: Map<string, CachedDetections>;
  /** The on-disk cache, read once before the first pass. */
  loaded: Promise<void>;
  file: string | null;
  /** Saves run one after another (each writes the whole file). */
  saving: Promise<void>;
}

const states = new WeakMap<Workspace, DetectionState>();

/** Longest stretch of detection work before yielding, so the services thread keeps answering (ms). */
const SLICE_MS = 20;

/** A pause between steps of detection work, every {@link SLICE_MS} ms. */
const slicer = () => pauser(SLICE_MS);

function stateFor(ws: Workspace, cacheDir: string | null): DetectionState {
  let s = states.get(ws);
  if (!s) {
    const entries = new Map<string, CachedDetections>();
    const file = cacheDir ? detectionCacheFile(cacheDir, ws.root) : null;
    const fresh: DetectionState = {
      entries,
      file,
      loaded: file ? readDetectionCache(file, entries, slicer()) : Promise.resolve(),
      saving: Promise.resolve(),
    };
    ws.onFilesChanged((change) => {
      for (const p of [...change.added, ...change.changed, ...change.removed]) entries.delete(p);
    });
    states.set(ws, fresh);
    s = fresh;
  }
  return s;
}

/**
 * Every detection in the workspace, computed per file and kept until the file changes (the memory
 * cache follows `onFilesChanged`; the disk cache under `cacheDir` is keyed by content hash and story
 * bounds, so a folder opened again is not read twice). The first pass over a large folder takes a
 * while; it yields every {@link SLICE_MS} ms so other requests are served meanwhile.
 */
export async function detectionsFor(
  ws: Workspace,
  cacheDir: string | null = null,
): Promise<PlacedDetection[]> {
  const s = stateFor(ws, cacheDir);
  await s.loaded;
  // An outlet is where a story comes from, never an actor in it ("Meridian Wire reported that…").
  const outlets = outletKeys(ws);
  const out: PlacedDetection[] = [];
  const pause = slicer();
  let computed = 0;
  for (const [relPath, file] of [...ws.files]) {
    const key = detectionKey(file);
    let found = s.entries.get(relPath);
    if (!found || found.key !== key) {
      found = { key, detections: detectInFile(file) };
      s.entries.set(relPath, found);
      computed++;
      await pause();
      if (ws.isClosed)
        throw new DossierError(
          'cancelled',
          'issues: the folder was closed while its passages were read. Open it again to see suggestions.',
        );
    }
    for (const d of found.detections)
      out.push(d.actor && outlets.has(outletKey(d.actor)) ? { ...d, actor: null } : d);
  }
  if (computed && s.file) await saveDetections(ws, s, s.file);
  return out;
}

/** Writes the folder's detections to its cache file (after any save already under way). */
function saveDetections(ws: Workspace, s: DetectionState, file: string): Promise<void> {
  const currentKey = (rel: string) => {
    const f = ws.files.get(rel);
    return f ? detectionKey(f) : undefined;
  };
  const previous = s.saving;
  s.saving = ws.writes
    .run(async () => {
      await previous;
      await writeDetectionCache(file, s.entries, currentKey, slicer());
    })
    .then(
      () => undefined,
      (e: unknown) => console.warn('issues: detection cache not saved:', e),
    );
  return s.saving;
}

/** Case-, accent- and article-folded form of an outlet or actor name. */
function outletKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .trim();
}

/** Every outlet named by a story of the folder. */
function outletKeys(ws: Workspace): Set<string> {
  const keys = new Set<string>();
  for (const file of ws.files.values()) {
    for (const story of file.stories)
      if (story.outlet && story.outlet !== 'unknown') keys.add(outletKey(story.outlet));
  }
  return keys;
}

/** Detections of every story of one parsed file, furniture excluded. */
export function detectInFile(file: ParsedFile): PlacedDetection[] {
  const out: PlacedDetection[] = [];
  file.stories.forEach((story, i) => {
    const docId = documentId(file.relPath, i + 1);
    for (const d of detectInStory(file.text, story, story.boilerplate)) out.push({ ...d, docId });
  });
  return out;
}

/** The stable key of a suggested passage: topic + document + hash of the whitespace-folded quote. */
export function suggestionKey(topic: string, docId: string, quote: string): string {
  const hash = createHash('sha256').update(quote.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 12);
  return `${topic}|${docId}|${hash}`;
}

/** What grouping needs to know besides the detections. */
export interface GroupContext {
  docs: ReadonlyMap<string, DocumentSummary>;
  /** Keys the analyst rejected, or already accepted as evidence. */
  hidden: ReadonlySet<string>;
  /** Tracked issue id by topic key. */
  issueByTopic: ReadonlyMap<string, string>;
}

/**
 * Groups detections by topic across documents into suggestions, dropping hidden items. Topics seen in
 * only one passage with a phrase (not seed) key are kept: a single clear "X remains unresolved" is
 * worth showing. Ordered by number of documents, then passages.
 */
export function groupSuggestions(detections: readonly PlacedDetection[], ctx: GroupContext): Suggestion[] {
  const groups = new Map<
    string,
    { label: string; items: SuggestedEvidence[]; keys: Set<string>; cues: Map<string, number> }
  >();
  const merged = mergePhraseKeys(detections);
  for (const raw of detections) {
    const d = merged.get(raw.topic) ? { ...raw, ...merged.get(raw.topic) } : raw;
    const key = suggestionKey(d.topic, d.docId, d.quote);
    if (ctx.hidden.has(key)) continue;
    let g = groups.get(d.topic);
    if (!g) {
      g = { label: d.topicLabel, items: [], keys: new Set(), cues: new Map() };
      groups.set(d.topic, g);
    }
    if (g.keys.has(key)) continue;
    g.keys.add(key);
    const doc = ctx.docs.get(d.docId);
    g.items.push({
      key,
      docId: d.docId,
      start: d.start,
      end: d.end,
      quote: d.quote,
      cue: d.cue,
      stance: d.stance,
      actor: d.actor,
      docDate: doc?.date ?? null,
      docTitle: doc?.title ?? d.docId,
    });
    g.cues.set(d.cue, (g.cues.get(d.cue) ?? 0) + 1);
  }
  const out: Suggestion[] = [];
  for (const [topic, g] of groups) {
    const cue = [...g.cues.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
    g.items.sort(byDateThenPlace);
    const stances: Suggestion['stances'] = {};
    for (const e of g.items) stances[e.stance] = (stances[e.stance] ?? 0) + 1;
    out.push({
      topic,
      label: g.label,
      cue,
      issueId: ctx.issueByTopic.get(topic) ?? null,
      evidenceCount: g.items.length,
      docCount: new Set(g.items.map((e) => e.docId)).size,
      stances,
      sampleKey: samplePassage(g.items, cue)?.key ?? null,
      evidence: g.items,
    });
  }
  return out.sort(
    (a, b) => b.docCount - a.docCount || b.evidenceCount - a.evidenceCount || (a.topic < b.topic ? -1 : 1),
  );
}

/** The passage that best shows a suggestion: the shortest (first of equals) with its main cue, else of all. */
function samplePassage(items: readonly SuggestedEvidence[], cue: string): SuggestedEvidence | undefined {
  const withCue = items.filter((e) => e.cue === cue && e.quote.length > 30);
  let best: SuggestedEvidence | undefined;
  for (const e of withCue.length ? withCue : items) if (!best || e.quote.length < best.quote.length) best = e;
  return best;
}

/**
 * A suggestion with only `n` of its passages (its counts still tell how many there are): the first
 * ones, the last of them swapped for the sample passage when that comes later, so the card can show it.
 */
export function previewOf(s: Suggestion, n: number | 'all'): Suggestion {
  if (n === 'all' || s.evidence.length <= n) return s;
  const first = s.evidence.slice(0, n);
  if (n > 0 && !first.some((e) => e.key === s.sampleKey)) {
    const sample = s.evidence.find((e) => e.key === s.sampleKey);
    if (sample) first[n - 1] = sample;
  }
  return { ...s, evidence: first };
}

/** Document date (undated last), then document id, then offset. */
export function byDateThenPlace(
  a: { docDate: string | null; docId: string; start: number },
  b: { docDate: string | null; docId: string; start: number },
): number {
  const da = a.docDate ?? '9999';
  const db = b.docDate ?? '9999';
  if (da !== db) return da < db ? -1 : 1;
  if (a.docId !== b.docId) return a.docId < b.docId ? -1 : 1;
  return a.start - b.start;
}

/**
 * Phrase topics found in different words group under their shortest shared phrase: "state aid",
 * "state aid rule" and "enforcement of state aid rule" are one question. Only phrases of two or more
 * words absorb others (a single word like "access" is too vague to merge on).
 *
 * A key is absorbed by the first key (fewest words, then key order) of two or more but fewer words
 * whose words, space-joined, stand in its own space-joined words between spaces. Rather than testing
 * every pair (O(k²): 4.6 s at 20k articles), each key looks up only its own space-bounded stretches in
 * a table of joined words, so the work grows with the keys times their (few) words squared.
 */
export function mergePhraseKeys(
  detections: readonly { topic: string; topicLabel: string }[],
): Map<string, { topic: string; topicLabel: string }> {
  const labels = new Map<string, string>();
  for (const d of detections) if (d.topic.startsWith('phrase:')) labels.set(d.topic, d.topicLabel);
  const wordsOf = new Map<string, string[]>();
  for (const k of labels.keys()) wordsOf.set(k, k.slice('phrase:'.length).split('-'));
  const count = (k: string) => wordsOf.get(k)?.length ?? 0;
  const keys = [...labels.keys()].sort((a, b) => count(a) - count(b) || (a < b ? -1 : 1));
  // Keys that can absorb (two or more words) by their space-joined words, each list in `keys` order.
  const absorbers = new Map<string, { key: string; rank: number }[]>();
  keys.forEach((key, rank) => {
    if (count(key) < 2) return;
    const joined = (wordsOf.get(key) ?? []).join(' ');
    const list = absorbers.get(joined);
    if (list) list.push({ key, rank });
    else absorbers.set(joined, [{ key, rank }]);
  });
  const out = new Map<string, { topic: string; topicLabel: string }>();
  for (const k of keys) {
    const into = firstAbsorber(k, (wordsOf.get(k) ?? []).join(' '), count, absorbers);
    if (into) out.set(k, out.get(into) ?? { topic: into, topicLabel: labels.get(into) ?? into });
  }
  return out;
}

/**
 * The earliest-ranked absorber of `key`: a key of fewer words whose joined words equal a stretch of
 * `joined` that starts at its start or after a space and ends at its end or before a space (exactly
 * when `" joined "` contains `" absorber "`).
 */
function firstAbsorber(
  key: string,
  joined: string,
  count: (k: string) => number,
  absorbers: ReadonlyMap<string, readonly { key: string; rank: number }[]>,
): string | undefined {
  if (count(key) < 3 || absorbers.size === 0) return undefined;
  const starts = [0];
  const ends: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    if (joined[i] !== ' ') continue;
    starts.push(i + 1);
    ends.push(i);
  }
  ends.push(joined.length);
  let best: { key: string; rank: number } | undefined;
  for (const s of starts) {
    for (const e of ends) {
      if (e < s) continue;
      for (const candidate of absorbers.get(joined.slice(s, e)) ?? []) {
        if (candidate.key === key || count(candidate.key) >= count(key)) continue;
        if (!best || candidate.rank < best.rank) best = candidate;
        break;
      }
    }
  }
  return best?.key;
}
