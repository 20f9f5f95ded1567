import type { TextField } from './query/ast';
import { POSITION_FIELDS, WEIGHT_SCALE, type BuiltShard } from './shard-build';
import { checkTerm } from './shard-format';
import { termIndexOf } from './terms';

/**
 * What a query worker evaluates over each shard it holds: the index-backed leaves of a query. Boolean
 * structure, metadata filters and field providers stay on the services thread, which combines the
 * answers (see evaluate.ts).
 */
export type Leaf =
  | { kind: 'terms'; stems: string[]; field: TextField }
  | {
      kind: 'phrase';
      words: { stem: string; stop: boolean }[];
      slop: number | null;
      field: TextField;
    };

/** Matches of a leaf in one shard: local document indices (ascending) and their scores. */
export interface ShardHits {
  docs: Int32Array;
  scores: Float64Array;
}

function scoredFields(field: TextField): number[] {
  return field === 'title' ? [0] : field === 'outlet' ? [2] : [0, 1];
}

/** Adds the BM25 weights of `stem` in `fields` into `into` (NaN = not present yet). */
function addTerm(s: BuiltShard, stem: string, fields: number[], into: Float64Array): void {
  const t = termIndexOf(s, stem);
  if (t < 0) return;
  checkTerm(s, t);
  for (const f of fields) {
    const end = s.offsets[4 * t + f + 1] as number;
    for (let i = s.offsets[4 * t + f] as number; i < end; i += 2) {
      const d = s.data[i] as number;
      const w = (s.data[i + 1] as number) / WEIGHT_SCALE;
      const prev = into[d] as number;
      into[d] = prev !== prev ? w : prev + w;
    }
  }
}

function collect(dense: Float64Array): ShardHits {
  let n = 0;
  for (let i = 0; i < dense.length; i++) if (dense[i] === dense[i]) n++;
  const docs = new Int32Array(n);
  const scores = new Float64Array(n);
  let j = 0;
  for (let i = 0; i < dense.length; i++) {
    const v = dense[i] as number;
    if (v === v) {
      docs[j] = i;
      scores[j++] = v;
    }
  }
  return { docs, scores };
}

/** Documents holding any of `stems` in `field` (title+body when null), scored by summed weights. */
export function termsLeaf(s: BuiltShard, stems: readonly string[], field: TextField): ShardHits {
  const dense = new Float64Array(s.refs.length).fill(NaN);
  const fields = scoredFields(field);
  for (const st of new Set(stems)) addTerm(s, st, fields, dense);
  return collect(dense);
}

/**
 * Phrase ("a b c", slop null: consecutive and in order) or proximity ("a b"~N: every word, as a multiset,
 * inside a window with at most N other words): candidates are the documents holding every non-stop word
 * (scored like the words ANDed), then each is checked from the stored positions of title (title:) or
 * body. Stop words have positions too, so "the talks on peace" is exact.
 */
export function phraseLeaf(
  s: BuiltShard,
  words: readonly { stem: string; stop: boolean }[],
  slop: number | null,
  field: TextField,
): ShardHits {
  const n = s.refs.length;
  let cand: Float64Array;
  const content = words.filter((w) => !w.stop);
  if (content.length) {
    const fields = scoredFields(field);
    cand = new Float64Array(n).fill(NaN);
    addTerm(s, (content[0] as { stem: string }).stem, fields, cand);
    for (let k = 1; k < content.length; k++) {
      const r = new Float64Array(n).fill(NaN);
      addTerm(s, (content[k] as { stem: string }).stem, fields, r);
      for (let i = 0; i < n; i++) cand[i] = (cand[i] as number) + (r[i] as number);
    }
  } else cand = new Float64Array(n);
  if (words.length === 0 || (words.length === 1 && content.length === 1)) return collect(cand);
  const g = field === 'title' ? 0 : 1;
  // Distinct stems and, per phrase word, which distinct stem it is.
  const distinct: string[] = [];
  const wordStem = words.map((w) => {
    const at = distinct.indexOf(w.stem);
    if (at >= 0) return at;
    distinct.push(w.stem);
    return distinct.length - 1;
  });
  const from: number[] = [];
  const to: number[] = [];
  for (const st of distinct) {
    const t = termIndexOf(s, st);
    if (t < 0) return { docs: new Int32Array(0), scores: new Float64Array(0) };
    checkTerm(s, t);
    from.push(s.pOffsets[POSITION_FIELDS * t + g] as number);
    to.push(s.pOffsets[POSITION_FIELDS * t + g + 1] as number);
  }
  const cursor = [...from];
  const lo: number[] = distinct.map(() => 0);
  const hi: number[] = distinct.map(() => 0);
  const need = distinct.map((_, i) => wordStem.filter((x) => x === i).length);
  docs: for (let d = 0; d < n; d++) {
    if (cand[d] !== cand[d]) continue;
    for (let j = 0; j < distinct.length; j++) {
      let c = cursor[j] as number;
      const end = to[j] as number;
      while (c < end && (s.pDocs[c] as number) < d) c++;
      cursor[j] = c;
      if (c >= end || s.pDocs[c] !== d) {
        cand[d] = NaN;
        continue docs;
      }
      lo[j] = s.pStart[c] as number;
      hi[j] = s.pStart[c + 1] as number;
    }
    const ok =
      slop === null || words.length === 1
        ? exactAt(s.positions, wordStem, lo, hi)
        : withinWindow(s.positions, need, lo, hi, words.length, slop);
    if (!ok) cand[d] = NaN;
  }
  return collect(cand);
}

function has(p: Uint16Array | Uint32Array, from: number, to: number, v: number): boolean {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((p[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo < to && p[lo] === v;
}

/** Consecutive, in order: some start s with word j at position s + j for every j. */
function exactAt(p: Uint16Array | Uint32Array, wordStem: number[], lo: number[], hi: number[]): boolean {
  // Walk the rarest word's positions, look the others up by binary search.
  let r = 0;
  for (let j = 1; j < wordStem.length; j++) {
    const a = wordStem[j] as number;
    const b = wordStem[r] as number;
    if ((hi[a] as number) - (lo[a] as number) < (hi[b] as number) - (lo[b] as number)) r = j;
  }
  const rs = wordStem[r] as number;
  outer: for (let i = lo[rs] as number; i < (hi[rs] as number); i++) {
    const start = (p[i] as number) - r;
    if (start < 0) continue;
    for (let j = 0; j < wordStem.length; j++) {
      if (j === r) continue;
      const sj = wordStem[j] as number;
      if (!has(p, lo[sj] as number, hi[sj] as number, start + j)) continue outer;
    }
    return true;
  }
  return false;
}

/**
 * Smallest windows over the positions of the query words holding each distinct stem `need` times:
 * true when one has at most `slop` other words (the sliding window of scan.ts's findPhraseStems, over
 * the stems' position lists merged in order instead of over every token).
 */
function withinWindow(
  p: Uint16Array | Uint32Array,
  need: number[],
  lo: number[],
  hi: number[],
  k: number,
  slop: number,
): boolean {
  const m = need.length;
  const head = lo.slice();
  const have = new Int32Array(m);
  // The window's events (position, stem), oldest first, as a queue over two parallel arrays.
  const qPos: number[] = [];
  const qStem: number[] = [];
  let left = 0;
  let satisfied = 0;
  for (;;) {
    // Next position over all stems (lists are sorted; positions of different stems never coincide).
    let j = -1;
    let best = Infinity;
    for (let x = 0; x < m; x++) {
      const h = head[x] as number;
      if (h < (hi[x] as number) && (p[h] as number) < best) {
        best = p[h] as number;
        j = x;
      }
    }
    if (j < 0) return false;
    head[j] = (head[j] as number) + 1;
    qPos.push(best);
    qStem.push(j);
    const c = (have[j] as number) + 1;
    have[j] = c;
    if (c === need[j]) satisfied++;
    while (satisfied === m) {
      if (best - (qPos[left] as number) + 1 - k <= slop) return true;
      const sl = qStem[left] as number;
      const cl = (have[sl] as number) - 1;
      have[sl] = cl;
      if (cl < (need[sl] as number)) satisfied--;
      left++;
    }
  }
}
