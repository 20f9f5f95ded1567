import { stem } from './analyzer';
import type { SearchDoc } from './docs';
import type { TextField } from './query/ast';
import { WEIGHT_SCALE } from './shard-build';

/**
 * One loaded shard: refs, its terms, and every posting list in one Int32Array (`offsets[4t+f]` ..
 * `offsets[4t+f+1]` is field f of term t, pairs of [docIndex, weight]) — one allocation per shard, not
 * one per term and field — plus the surface words it contains.
 */
export interface LoadedShard {
  id: number;
  refs: string[];
  termIndex: Map<string, number>;
  offsets: Int32Array;
  data: Int32Array;
  vocab: string[];
}

/** A scored document set: doc id → score. */
export type Scored = Map<string, number>;

/**
 * The searchable state of a workspace in memory: documents, file texts and the shards built so far.
 * Queries run against whatever shards are loaded (the answer says when that is not all of them).
 */
export class SearchCorpus {
  readonly docs = new Map<string, SearchDoc>();
  readonly texts = new Map<string, string>();
  readonly shards = new Map<number, LoadedShard>();
  /** Docs of each shard (also those not built yet), to report partial answers and rebuild one shard. */
  readonly shardDocs = new Map<number, string[]>();
  shardCount = 0;
  private sortedVocab: string[] | null = null;
  private rawsByStem: Map<string, string[]> | null = null;
  private stemsOfRaw = new Map<string, string>();

  /** Installs or replaces a built shard. */
  setShard(shard: LoadedShard): void {
    this.shards.set(shard.id, shard);
    this.sortedVocab = null;
    this.rawsByStem = null;
  }

  /** True while some shard has not been built or loaded. */
  partial(): boolean {
    for (const id of this.shardDocs.keys()) if (!this.shards.has(id)) return true;
    return false;
  }

  /** Every document of the loaded shards. */
  universe(): string[] {
    const out: string[] = [];
    for (const id of this.shards.keys()) for (const d of this.shardDocs.get(id) ?? []) out.push(d);
    return out;
  }

  /** Surface words matching a wildcard pattern (`*` any run, `?` one character), at most `cap`. */
  wildcardWords(pattern: string, cap = 4096): string[] {
    const vocab = this.vocab();
    const firstWild = pattern.search(/[*?]/);
    const prefix = firstWild < 0 ? pattern : pattern.slice(0, firstWild);
    const re = new RegExp(
      `^${pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.')}$`,
      'u',
    );
    const out: string[] = [];
    let i = prefix ? lowerBound(vocab, prefix) : 0;
    for (; i < vocab.length && out.length < cap; i++) {
      const w = vocab[i] as string;
      if (prefix && !w.startsWith(prefix)) break;
      if (re.test(w)) out.push(w);
    }
    return out;
  }

  /** Surface words within `distance` edits of `word` (Levenshtein, bounded). */
  fuzzyWords(word: string, distance: number, cap = 1024): string[] {
    const out: string[] = [];
    for (const w of this.vocab()) {
      if (Math.abs(w.length - word.length) > distance) continue;
      if (withinDistance(word, w, distance)) out.push(w);
      if (out.length >= cap) break;
    }
    return out;
  }

  /** Surface forms (folded) of `stem` in the loaded shards: what the phrase scan looks for. */
  rawsOf(stem: string): string[] {
    if (!this.rawsByStem) {
      const m = new Map<string, string[]>();
      for (const w of this.vocab()) {
        const s = this.stemsOf([w])[0] as string;
        const list = m.get(s);
        if (list) list.push(w);
        else m.set(s, [w]);
      }
      this.rawsByStem = m;
    }
    return this.rawsByStem.get(stem) ?? [];
  }

  /** Distinct stems of surface words. */
  stemsOf(words: readonly string[]): string[] {
    const set = new Set<string>();
    for (const w of words) {
      let s = this.stemsOfRaw.get(w);
      if (s === undefined) {
        s = stem(w);
        this.stemsOfRaw.set(w, s);
      }
      set.add(s);
    }
    return [...set];
  }

  /** Documents containing any of `stems` in `field` (or title/body), scored by summed BM25 weights. */
  lookup(stems: readonly string[], field: TextField): Scored {
    const out: Scored = new Map();
    if (stems.length === 0) return out;
    const fields = field === 'title' ? [0] : field === 'outlet' ? [2] : [0, 1];
    for (const shard of this.shards.values()) {
      const { offsets, data, refs } = shard;
      for (const s of stems) {
        const t = shard.termIndex.get(s);
        if (t === undefined) continue;
        for (const f of fields) {
          const end = offsets[4 * t + f + 1] as number;
          for (let i = offsets[4 * t + f] as number; i < end; i += 2) {
            const ref = refs[data[i] as number] as string;
            out.set(ref, (out.get(ref) ?? 0) + (data[i + 1] as number) / WEIGHT_SCALE);
          }
        }
      }
    }
    return out;
  }

  private vocab(): string[] {
    if (!this.sortedVocab) {
      const set = new Set<string>();
      for (const s of this.shards.values()) for (const w of s.vocab) set.add(w);
      this.sortedVocab = [...set].sort();
    }
    return this.sortedVocab;
  }
}

function lowerBound(arr: readonly string[], key: string): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((arr[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/** Levenshtein distance ≤ k, with an early exit per row (two reused rows, no allocation). */
export function withinDistance(a: string, b: string, k: number): boolean {
  if (a === b) return true;
  const n = b.length;
  if (rowA.length <= n) {
    rowA = new Int32Array(n + 1);
    rowB = new Int32Array(n + 1);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const sub = (prev[j - 1] as number) + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const del = (prev[j] as number) + 1;
      const ins = (cur[j - 1] as number) + 1;
      const v = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
      cur[j] = v;
      if (v < best) best = v;
    }
    if (best > k) return false;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return (prev[n] as number) <= k;
}
