import { documentId } from '../../../shared/model/ids';
import { BANDS, ROWS, similarity } from '../ingest/minhash';
import type { ParsedFile } from '../ingest/types';
import { runSliced } from '../slices';

/** Estimated Jaccard of word 3-shingles above which two stories are copies of one story (unrelated stories
 * on the same subject score ≈ 0.05; an edited syndicated copy ≈ 0.4, a re-save ≈ 0.9). */
export const COPY_THRESHOLD = 0.3;

/** A story's place in a group of copies: the group's id (its original's document id) and its size. */
export interface CopyInfo {
  group: string;
  copies: number;
  members: string[];
}

/**
 * Groups near-duplicate stories (syndicated copies, re-saves) with MinHash LSH: stories sharing a band are
 * compared, pairs over {@link COPY_THRESHOLD} are joined (union-find). The group's original is the member
 * with the earliest date, then the one whose outlet the others credit, then the one most like the others.
 * Linear in the number of stories plus candidate pairs.
 */
export function findCopies(files: Iterable<ParsedFile>): Map<string, CopyInfo> {
  const steps = copySteps(files);
  for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
}

/**
 * {@link findCopies} in time slices: at 100k stories the grouping takes seconds, which on the services
 * thread would stall every request (it runs when a folder opens and after each watcher batch).
 */
export async function findCopiesSliced(files: Iterable<ParsedFile>): Promise<Map<string, CopyInfo>> {
  return runSliced(copySteps(files));
}

/** Stories (or pairs) handled between two pauses of {@link copySteps}. */
const STEP = 1024;
/** Room for story indexes in a packed band key (8M stories; a folder never has that many). */
const INDEX_SPAN = 2 ** 23;

function* copySteps(files: Iterable<ParsedFile>): Generator<void, Map<string, CopyInfo>, void> {
  const ids: string[] = [];
  const sigs: number[][] = [];
  const dates: (string | null)[] = [];
  const outlets: string[] = [];
  // Where each story's text is; only members of a group ever need it.
  const places: { text: string; start: number; end: number }[] = [];
  let work = 0;
  for (const f of [...files]) {
    f.stories.forEach((s, i) => {
      if (!s.signature) return;
      ids.push(documentId(f.relPath, i + 1));
      sigs.push(s.signature);
      dates.push(s.date);
      outlets.push(s.outlet);
      places.push({ text: f.text, start: s.start, end: Math.min(s.end, s.start + 50_000) });
    });
    if (++work % STEP === 0) yield;
  }
  const texts = new Map<number, string>();
  const textOf = (i: number) => {
    let t = texts.get(i);
    if (t === undefined) {
      const p = places[i]!;
      texts.set(i, (t = p.text.slice(p.start, p.end)));
    }
    return t;
  };
  const parent = ids.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const rows = ROWS;
  const n = sigs.length;
  // Each band's stories are grouped by sorting one packed number per story (band hash × 2^23 + index) in
  // a Float64Array: no key string and no bucket array per story, so 100k stories × 32 bands do not feed
  // the garbage collector seconds of work. A hash collision only adds a candidate pair, which the
  // similarity check then rejects, so the groups are the same as with exact band keys.
  const packed = new Float64Array(n);
  for (let b = 0; b < BANDS; b++) {
    for (let i = 0; i < n; i++) {
      if (++work % STEP === 0) yield;
      const sig = sigs[i]!;
      let h = 0x811c9dc5;
      for (let r = 0; r < rows; r++) h = Math.imul(h ^ (sig[b * rows + r]! | 0), 0x01000193);
      packed[i] = ((h ^ (h >>> 15)) & 0x3fffffff) * INDEX_SPAN + i;
    }
    packed.sort();
    yield;
    for (let lo = 0; lo < n;) {
      const key = Math.floor(packed[lo]! / INDEX_SPAN);
      let hi = lo + 1;
      while (hi < n && Math.floor(packed[hi]! / INDEX_SPAN) === key) hi++;
      // A huge bucket is boilerplate-only text, not copies: cap the comparisons it can cause.
      if (hi - lo >= 2 && hi - lo <= 200)
        for (let x = lo; x < hi; x++) {
          if (++work % STEP === 0) yield;
          for (let y = x + 1; y < hi; y++) {
            const i = packed[x]! % INDEX_SPAN;
            const j = packed[y]! % INDEX_SPAN;
            if (find(i) !== find(j) && similarity(sigs[i]!, sigs[j]!) >= COPY_THRESHOLD)
              parent[find(i)] = find(j);
          }
        }
      lo = hi;
    }
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < ids.length; i++) {
    if (++work % STEP === 0) yield;
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  }
  const out = new Map<string, CopyInfo>();
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    if (++work % 64 === 0) yield;
    // A copy credits its source ("MOSCOW (Meridian Wire) -"): the member other copies name is the original.
    const credited = (a: number) => {
      if (outlets[a] === 'unknown') return 0;
      const acronym = `(${(outlets[a]!.match(/\p{Lu}\p{L}*/gu) ?? []).map((w) => w[0]).join('')})`;
      return members.filter(
        (b) => b !== a && (textOf(b).includes(outlets[a]!) || textOf(b).includes(acronym)),
      ).length;
    };
    const likeness = (a: number) => members.reduce((sum, b) => sum + similarity(sigs[a]!, sigs[b]!), 0);
    const credit = new Map(members.map((m) => [m, credited(m)]));
    const score = new Map(members.map((m) => [m, likeness(m)]));
    const sorted = [...members].sort(
      (a, b) =>
        (dates[a] ?? '9999').localeCompare(dates[b] ?? '9999') ||
        credit.get(b)! - credit.get(a)! ||
        score.get(b)! - score.get(a)! ||
        ids[a]!.localeCompare(ids[b]!),
    );
    const info: CopyInfo = {
      group: ids[sorted[0]!]!,
      copies: members.length,
      members: sorted.map((m) => ids[m]!),
    };
    for (const m of members) out.set(ids[m]!, info);
  }
  return out;
}
