import { fold, isStopWord, stem } from './analyzer';
import type { IndexInput } from './docs';

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
  offsets: Int32Array;
  data: Int32Array;
  pOffsets: Int32Array;
  pDocs: Uint16Array | Uint32Array;
  pStart: Uint32Array;
  positions: Uint16Array | Uint32Array;
  vocab: string[];
}

/** lunr's BM25 parameters (lunr.Builder defaults). */
const K1 = 1.2;
const B = 0.75;
const BOOSTS = [TITLE_BOOST, 1, 1];
const WORD = /[\p{L}\p{N}]+/gu;

/** One field of one document: distinct term ids with frequencies (stop words excluded) and its length. */
interface FieldRow {
  ids: Int32Array;
  tfs: Int32Array;
  length: number;
}

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
  const rows: FieldRow[][] = [];
  // Surface word → term id × 2 + stop flag: one map lookup per token instead of fold, stem and term maps.
  const surfaces = [new Map<string, number>(), new Map<string, number>()];
  // Positional postings per (term, field): flat [doc, start, count] triples into `posAll`.
  const posLists: number[][][] = [];
  const posAll = new IntList(1 << 16);
  // Per-document scratch, indexed by term id (stamp = which document field last touched the term).
  let stamp = new Int32Array(1 << 12).fill(-1);
  let count = new Int32Array(1 << 12);
  let scored = new Int32Array(1 << 12);
  let fill = new Int32Array(1 << 12);
  const tokens = new IntList(1024);
  const idOf = (t: string): number => {
    let id = termIds.get(t);
    if (id === undefined) {
      id = termIds.size;
      termIds.set(t, id);
      df.push(0);
      posLists.push([[], []]);
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
  let pass = 0;
  docs.forEach((d, doc) => {
    const texts = [d.title, d.body, d.outlet];
    rows.push(
      texts.map((text, f) => {
        const cur = pass++;
        const surface = surfaces[f < POSITION_FIELDS ? 0 : 1] as Map<string, number>;
        const distinct: number[] = [];
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
          if (stamp[id] !== cur) {
            stamp[id] = cur;
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
        const ids: number[] = [];
        const tfs: number[] = [];
        for (const id of distinct) {
          const tf = scored[id] as number;
          if (tf) {
            ids.push(id);
            tfs.push(tf);
            df[id] = (df[id] as number) + 1;
          }
        }
        if (f < POSITION_FIELDS) {
          if (tokens.length > maxPos) maxPos = tokens.length;
          posAll.reserve(tokens.length);
          for (const id of distinct) {
            (posLists[id] as number[][])[f]?.push(doc, posAll.length, count[id] as number);
            fill[id] = posAll.length;
            posAll.length += count[id] as number;
          }
          for (let pos = 0; pos < tokens.length; pos++) {
            const id = tokens.buf[pos] as number;
            posAll.buf[fill[id] as number] = pos;
            fill[id] = (fill[id] as number) + 1;
          }
        }
        lengthSum[f] = (lengthSum[f] as number) + length;
        return { ids: Int32Array.from(ids), tfs: Int32Array.from(tfs), length };
      }),
    );
  });
  // lunr averages each field's length over every document.
  const n = docs.length;
  const avg = lengthSum.map((s) => s / Math.max(1, n));
  // lunr's idf counts a document once per field holding the term (its quirk, kept for equal weights).
  const idf = df.map((c) => Math.log(1 + Math.abs((n - c + 0.5) / (c + 0.5))));
  const lists: number[][][] = Array.from({ length: termIds.size }, () => [[], [], []]);
  rows.forEach((fields, doc) =>
    fields.forEach(({ ids, tfs, length }, f) => {
      const norm = K1 * (1 - B + B * (length / ((avg[f] as number) || 1)));
      for (let i = 0; i < ids.length; i++) {
        const tf = tfs[i] as number;
        const id = ids[i] as number;
        const score = (((idf[id] as number) * ((K1 + 1) * tf)) / (norm + tf)) * (BOOSTS[f] as number);
        (lists[id] as number[][])[f]?.push(doc, Math.max(1, Math.round(score * WEIGHT_SCALE)));
      }
    }),
  );
  const terms = [...termIds.keys()].sort();
  let size = 0;
  let pCount = 0;
  for (const l of lists) for (const f of l) size += f.length;
  for (const pl of posLists) for (const g of pl) pCount += g.length / 3;
  const offsets = new Int32Array(terms.length * 4 + 1);
  const data = new Int32Array(size);
  const pOffsets = new Int32Array(terms.length * POSITION_FIELDS + 1);
  const pDocs = n < 65536 ? new Uint16Array(pCount) : new Uint32Array(pCount);
  const pStart = new Uint32Array(pCount + 1);
  const positions = maxPos < 65536 ? new Uint16Array(posAll.length) : new Uint32Array(posAll.length);
  let at = 0;
  let pi = 0;
  let pp = 0;
  terms.forEach((t, ti) => {
    const id = termIds.get(t) as number;
    const row = lists[id] as number[][];
    for (let f = 0; f < 3; f++) {
      offsets[4 * ti + f] = at;
      for (const v of row[f] as number[]) data[at++] = v;
    }
    offsets[4 * ti + 3] = at;
    for (let g = 0; g < POSITION_FIELDS; g++) {
      pOffsets[POSITION_FIELDS * ti + g] = pi;
      const pl = (posLists[id] as number[][])[g] as number[];
      for (let j = 0; j < pl.length; j += 3) {
        pDocs[pi] = pl[j] as number;
        pStart[pi++] = pp;
        const from = pl[j + 1] as number;
        const n = pl[j + 2] as number;
        positions.set(posAll.buf.subarray(from, from + n), pp);
        pp += n;
      }
    }
  });
  offsets[terms.length * 4] = at;
  pOffsets[terms.length * POSITION_FIELDS] = pi;
  pStart[pi] = pp;
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
  };
}

/** Index of `term` in a shard's sorted terms, or -1. */
export function termIndexOf(terms: readonly string[], term: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((terms[mid] as string) < term) lo = mid + 1;
    else hi = mid;
  }
  return terms[lo] === term ? lo : -1;
}
