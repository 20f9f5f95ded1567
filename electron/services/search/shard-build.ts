import { fold, isStopWord, stem } from './analyzer';
import type { IndexInput } from './docs';
import type { PackedTerms } from './terms';

/** Title matches weigh more than body matches. */
export const TITLE_BOOST = 3;
/** Fields of every shard, in posting order. */
export const FIELDS = ['title', 'body', 'outlet'] as const;
/** A field of the index. */
export type IndexField = (typeof FIELDS)[number];
/** Weights are stored as integers: BM25 × WEIGHT_SCALE. */
export const WEIGHT_SCALE = 1000;
/** Fields that keep word positions (phrases and proximity): title (0) and body (1). */
export const POSITION_FIELDS = 2;

/**
 * A built shard, held by the query worker that owns it (and written to the cache as is, see
 * shard-format.ts). Everything per posting lives in a few typed arrays — one allocation per array per
 * shard, no object per term or document:
 * - `terms` sorted stems (stop words included: they have positions but no scored postings);
 * - scored postings: `offsets[4t+f]`..`offsets[4t+f+1]` in `data` are [docIndex, weight] pairs of field f
 *   of term t (weight = lunr's BM25 × WEIGHT_SCALE), doc indices ascending;
 * - positions: `pOffsets[2t+g]`..`pOffsets[2t+g+1]` index the positional postings of field g (title,
 *   body) of term t; posting i is document `pDocs[i]` with the word positions
 *   `positions[pStart[i]]`..`positions[pStart[i+1]]` (token index in the field, stop words counted);
 * - `vocab` the folded surface words (what wildcard and fuzzy expand over).
 */
export interface BuiltShard {
  refs: string[];
  terms: string[];
  /** The terms packed into one string once the shard is held (see {@link packTerms}); `terms` is then []. */
  packed?: PackedTerms;
  /**
   * For a shard read from a cache file: 1 per term whose postings passed their check (done on the term's
   * first use, see checkTerm in shard-format.ts). Absent for a shard built in memory (nothing to check).
   */
  checked?: Uint8Array;
  offsets: Int32Array;
  data: Int32Array;
  pOffsets: Int32Array;
  pDocs: Uint16Array | Uint32Array;
  pStart: Uint32Array;
  positions: Uint16Array | Uint32Array;
  vocab: string[];
  /** Stem of each `vocab` word ('' when the word is its own stem): highlighting needs stem → words. */
  vocabStems: string[];
}

/** lunr's BM25 parameters (lunr.Builder defaults). */
const K1 = 1.2;
const B = 0.75;
const BOOSTS = [TITLE_BOOST, 1, 1];
const WORD = /[\p{L}\p{N}]+/gu;

/** Growable Int32Array (millions of positions without boxed arrays). */
class IntList {
  buf: Int32Array;
  length = 0;
  constructor(capacity = 16) {
    this.buf = new Int32Array(capacity);
  }
  reserve(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + n) size *= 2;
    const next = new Int32Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }
  push(v: number): void {
    this.reserve(1);
    this.buf[this.length++] = v;
  }
}

/**
 * Builds one shard with lunr's scoring model: the weights are exactly those lunr.Builder puts in its
 * field vectors (BM25 with lunr's k1, b, idf and field boosts, rounded to 3 decimals — a unit test
 * compares them with lunr's own output), computed into flat arrays instead of lunr's per-posting objects.
 * Terms are folded, stemmed with lunr's (memoised) Porter stemmer and stop-word-filtered with lunr's list
 * for scoring; positions are kept for every word of title and body so that phrases and proximity are
 * checked from the index, never by re-reading text.
 */
export function buildShard(docs: IndexInput[]): BuiltShard {
  const vocab = new Set<string>();
  const termIds = new Map<string, number>();
  const df: number[] = [];
  const lengthSum = [0, 0, 0];
  const n = docs.length;
  // Scored terms of each (document, field) row: term ids and frequencies, flat; row r spans
  // rowAt[r]..rowAt[r+1]. Built as flat typed lists, not objects, so a build leaves little garbage.
  const rowIds = new IntList(1 << 16);
  const rowTfs = new IntList(1 << 16);
  const rowAt = new Int32Array(3 * n + 1);
  const rowLength = new Int32Array(3 * n);
  // Surface word → term id × 2 + stop flag: one map lookup per token instead of fold, stem and term maps.
  const surfaces = [new Map<string, number>(), new Map<string, number>()];
  // Positional postings in the order met: [termId × 2 + field, doc, start, count] into `posAll`.
  const pEvents = new IntList(1 << 16);
  const posAll = new IntList(1 << 16);
  // Per-document scratch, indexed by term id (stamp = which document field last touched the term).
  let stamp = new Int32Array(1 << 12).fill(-1);
  let count = new Int32Array(1 << 12);
  let scored = new Int32Array(1 << 12);
  let fill = new Int32Array(1 << 12);
  const tokens = new IntList(1024);
  const distinct = new IntList(1024);
  const idOf = (t: string): number => {
    let id = termIds.get(t);
    if (id === undefined) {
      id = termIds.size;
      termIds.set(t, id);
      df.push(0);
      if (id >= stamp.length) {
        const grow = (a: Int32Array, v: number) => {
          const b = new Int32Array(a.length * 2).fill(v);
          b.set(a);
          return b;
        };
        stamp = grow(stamp, -1);
        count = grow(count, 0);
        scored = grow(scored, 0);
        fill = grow(fill, 0);
      }
    }
    return id;
  };
  let maxPos = 0;
  for (let doc = 0; doc < n; doc++) {
    const d = docs[doc] as IndexInput;
    for (let f = 0; f < 3; f++) {
      const text = f === 0 ? d.title : f === 1 ? d.body : d.outlet;
      const row = 3 * doc + f;
      const surface = surfaces[f < POSITION_FIELDS ? 0 : 1] as Map<string, number>;
      distinct.length = 0;
      tokens.length = 0;
      let length = 0;
      WORD.lastIndex = 0;
      for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
        let code = surface.get(m[0]);
        if (code === undefined) {
          const raw = fold(m[0]);
          if (f < POSITION_FIELDS) vocab.add(raw);
          code = idOf(stem(raw)) * 2 + (isStopWord(raw) ? 1 : 0);
          surface.set(m[0], code);
        }
        const id = code >> 1;
        tokens.push(id);
        if (stamp[id] !== row) {
          stamp[id] = row;
          count[id] = 0;
          scored[id] = 0;
          distinct.push(id);
        }
        count[id] = (count[id] as number) + 1;
        if (!(code & 1)) {
          scored[id] = (scored[id] as number) + 1;
          length++;
        }
      }
      rowAt[row] = rowIds.length;
      for (let i = 0; i < distinct.length; i++) {
        const id = distinct.buf[i] as number;
        const tf = scored[id] as number;
        if (!tf) continue;
        rowIds.push(id);
        rowTfs.push(tf);
        df[id] = (df[id] as number) + 1;
      }
      rowLength[row] = length;
      lengthSum[f] = (lengthSum[f] as number) + length;
      if (f >= POSITION_FIELDS) continue;
      if (tokens.length > maxPos) maxPos = tokens.length;
      posAll.reserve(tokens.length);
      pEvents.reserve(4 * distinct.length);
      for (let i = 0; i < distinct.length; i++) {
        const id = distinct.buf[i] as number;
        const c = count[id] as number;
        pEvents.push(2 * id + f);
        pEvents.push(doc);
        pEvents.push(posAll.length);
        pEvents.push(c);
        fill[id] = posAll.length;
        posAll.length += c;
      }
      for (let pos = 0; pos < tokens.length; pos++) {
        const id = tokens.buf[pos] as number;
        posAll.buf[fill[id] as number] = pos;
        fill[id] = (fill[id] as number) + 1;
      }
    }
  }
  rowAt[3 * n] = rowIds.length;
  // lunr averages each field's length over every document.
  const avg = lengthSum.map((v) => v / Math.max(1, n));
  // lunr's idf counts a document once per field holding the term (its quirk, kept for equal weights).
  const idf = df.map((c) => Math.log(1 + Math.abs((n - c + 0.5) / (c + 0.5))));
  const terms = [...termIds.keys()].sort();
  const T = terms.length;
  const rank = new Int32Array(T);
  terms.forEach((t, i) => (rank[termIds.get(t) as number] = i));
  // Scored postings: count per (term, field), prefix sums in sorted-term order, then place in doc order.
  const offsets = new Int32Array(4 * T + 1);
  for (let r = 0; r < 3 * n; r++)
    for (let i = rowAt[r] as number; i < (rowAt[r + 1] as number); i++) {
      const k = 4 * (rank[rowIds.buf[i] as number] as number) + (r % 3);
      offsets[k] = (offsets[k] as number) + 2;
    }
  let at = 0;
  for (let k = 0; k <= 4 * T; k++) {
    const c = offsets[k] as number;
    offsets[k] = at;
    at += c;
  }
  const data = new Int32Array(at);
  const cursor = offsets.slice();
  for (let r = 0; r < 3 * n; r++) {
    const f = r % 3;
    const doc = (r - f) / 3;
    const norm = K1 * (1 - B + B * ((rowLength[r] as number) / ((avg[f] as number) || 1)));
    for (let i = rowAt[r] as number; i < (rowAt[r + 1] as number); i++) {
      const id = rowIds.buf[i] as number;
      const tf = rowTfs.buf[i] as number;
      const score = (((idf[id] as number) * ((K1 + 1) * tf)) / (norm + tf)) * (BOOSTS[f] as number);
      const k = 4 * (rank[id] as number) + f;
      const w = cursor[k] as number;
      data[w] = doc;
      data[w + 1] = Math.max(1, Math.round(score * WEIGHT_SCALE));
      cursor[k] = w + 2;
    }
  }
  // Positional postings the same way.
  const pCount = pEvents.length / 4;
  const pOffsets = new Int32Array(POSITION_FIELDS * T + 1);
  for (let e = 0; e < pEvents.length; e += 4) {
    const key = pEvents.buf[e] as number;
    const k = POSITION_FIELDS * (rank[key >> 1] as number) + (key & 1);
    pOffsets[k] = (pOffsets[k] as number) + 1;
  }
  let pi = 0;
  for (let k = 0; k <= POSITION_FIELDS * T; k++) {
    const c = pOffsets[k] as number;
    pOffsets[k] = pi;
    pi += c;
  }
  const pDocs = n < 65536 ? new Uint16Array(pCount) : new Uint32Array(pCount);
  const pLen = new Uint32Array(pCount);
  const pFrom = new Uint32Array(pCount);
  const pCursor = pOffsets.slice();
  for (let e = 0; e < pEvents.length; e += 4) {
    const key = pEvents.buf[e] as number;
    const k = POSITION_FIELDS * (rank[key >> 1] as number) + (key & 1);
    const j = pCursor[k] as number;
    pCursor[k] = j + 1;
    pDocs[j] = pEvents.buf[e + 1] as number;
    pFrom[j] = pEvents.buf[e + 2] as number;
    pLen[j] = pEvents.buf[e + 3] as number;
  }
  const pStart = new Uint32Array(pCount + 1);
  const positions = maxPos < 65536 ? new Uint16Array(posAll.length) : new Uint32Array(posAll.length);
  let pp = 0;
  for (let j = 0; j < pCount; j++) {
    pStart[j] = pp;
    const from = pFrom[j] as number;
    const len = pLen[j] as number;
    positions.set(posAll.buf.subarray(from, from + len), pp);
    pp += len;
  }
  pStart[pCount] = pp;
  return {
    refs: docs.map((d) => d.ref),
    terms,
    offsets,
    data,
    pOffsets,
    pDocs,
    pStart,
    positions,
    vocab: [...vocab],
    vocabStems: [...vocab].map((w) => {
      const st = stem(w);
      return st === w ? '' : st;
    }),
  };
}
