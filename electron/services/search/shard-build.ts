import { analyzeForIndex } from './analyzer';
import type { IndexInput } from './docs';

/** Title matches weigh more than body matches. */
export const TITLE_BOOST = 3;
/** Fields of every shard, in posting order. */
export const FIELDS = ['title', 'body', 'outlet'] as const;
/** A field of the index. */
export type IndexField = (typeof FIELDS)[number];
/** Weights are stored as integers: BM25 × WEIGHT_SCALE. */
export const WEIGHT_SCALE = 1000;

/**
 * A built shard as a worker returns it and the cache stores it (compact JSON): document refs, sorted
 * terms (stems), and per term and field a flat [docIndex, weight, docIndex, weight, ...] list.
 */
export interface BuiltShard {
  format: 'dossier-shard';
  refs: string[];
  terms: string[];
  /** postings[t][f]: field f of term t; null when the term never occurs in that field. */
  postings: (number[] | null)[][];
  /** Folded surface words of the shard (wildcard and fuzzy match surface words, then their stems). */
  vocab: string[];
}

/** lunr's BM25 parameters (lunr.Builder defaults). */
const K1 = 1.2;
const B = 0.75;
const BOOSTS = [TITLE_BOOST, 1, 1];

/**
 * Builds one shard with lunr's scoring model: the weights are exactly those lunr.Builder puts in its
 * field vectors (BM25 with lunr's k1, b, idf and field boosts, rounded to 3 decimals — a unit test
 * compares them with lunr's own output), computed into flat arrays instead of lunr's per-posting objects,
 * which were most of lunr's build time and memory. Terms arrive folded, stemmed with lunr's (memoised)
 * Porter stemmer and stop-word-filtered with lunr's list. No token-set automaton (wildcard and fuzzy
 * expand over our own vocabulary) and no positions (phrases and proximity scan candidate texts).
 */
export function buildShard(docs: IndexInput[]): BuiltShard {
  const vocab = new Set<string>();
  const termIds = new Map<string, number>();
  const df: number[] = [];
  const lengthSum = [0, 0, 0];
  // Per document and field: term ids and their frequencies.
  const rows: { ids: Int32Array; tfs: Int32Array; length: number }[][] = [];
  for (const d of docs) {
    const fields = [
      analyzeForIndex(d.title, vocab),
      analyzeForIndex(d.body, vocab),
      analyzeForIndex(d.outlet, null),
    ];
    rows.push(
      fields.map((terms, f) => {
        const tf = new Map<number, number>();
        for (const t of terms) {
          let id = termIds.get(t);
          if (id === undefined) {
            id = termIds.size;
            termIds.set(t, id);
            df.push(0);
          }
          tf.set(id, (tf.get(id) ?? 0) + 1);
        }
        for (const id of tf.keys()) df[id] = (df[id] as number) + 1;
        lengthSum[f] = (lengthSum[f] as number) + terms.length;
        return { ids: Int32Array.from(tf.keys()), tfs: Int32Array.from(tf.values()), length: terms.length };
      }),
    );
  }
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
  const postings = terms.map((t) =>
    (lists[termIds.get(t) as number] as number[][]).map((l) => (l.length ? l : null)),
  );
  return { format: 'dossier-shard', refs: docs.map((d) => d.ref), terms, postings, vocab: [...vocab] };
}
