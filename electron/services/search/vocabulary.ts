/**
 * The folded surface words of every shard, for wildcard and fuzzy expansion and for highlighting (which
 * surface forms a stem has). Words only accumulate: a word left behind by a rebuilt shard expands to a
 * stem that no longer matches anything, which is harmless, and saves keeping one word list per shard.
 * Expansions are memoised until the next words arrive (search as you type repeats them).
 */
export class Vocabulary {
  private readonly set = new Set<string>();
  private sorted: string[] = [];
  private incoming: string[] = [];
  private byLength: string[][] | null = null;
  /**
   * Only the words whose stem differs from them (about one in ten): a word that is its own stem needs no
   * entry, so adding 200k words on a reopen costs a set insertion each, not a map entry and an array.
   */
  private readonly stemOfWord = new Map<string, string>();
  private readonly wordsOfStem = new Map<string, string[]>();
  private readonly memo = new Map<string, string[]>();

  /** Number of distinct words. */
  get size(): number {
    return this.set.size;
  }

  /** Adds a shard's words with their stems ('' = the word is its own stem; computed in the workers). */
  add(words: readonly string[], stems: readonly string[]): void {
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as string;
      if (this.set.has(w)) continue;
      this.set.add(w);
      this.incoming.push(w);
      const st = stems[i];
      if (!st || st === w) continue;
      this.stemOfWord.set(w, st);
      const list = this.wordsOfStem.get(st);
      if (list) list.push(w);
      else this.wordsOfStem.set(st, [w]);
    }
    if (this.incoming.length) {
      this.memo.clear();
      this.byLength = null;
    }
    // Merged as they come once there are enough: one sort of 200k words (a 100k-article folder) held
    // the services thread for hundreds of ms; workers send their words sorted, so a merge is linear.
    if (this.incoming.length >= MERGE_AT) this.merge();
  }

  /**
   * Every word, sorted, and the words whose stem differs from them (with that stem): what the words
   * file keeps so that a reopen need not collect words from every shard (see shard-cache.ts).
   */
  snapshot(): { words: string[]; stems: [string, string][] } {
    // Copies: the file is written asynchronously while words may still arrive.
    return { words: this.words().slice(), stems: [...this.stemOfWord] };
  }

  /** Every word, sorted (new words merged in on first use). */
  words(): string[] {
    if (this.incoming.length) this.merge();
    return this.sorted;
  }

  private merge(): void {
    // Already sorted runs (a worker's words, a words file's slices) make this sort linear.
    const fresh = this.incoming.sort();
    this.incoming = [];
    const old = this.sorted;
    if (!old.length || (old[old.length - 1] as string) < (fresh[0] as string)) {
      for (const w of fresh) old.push(w);
      return;
    }
    const merged = new Array<string | undefined>(old.length + fresh.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < old.length && j < fresh.length)
      merged[k++] = (old[i] as string) < (fresh[j] as string) ? old[i++] : fresh[j++];
    while (i < old.length) merged[k++] = old[i++];
    while (j < fresh.length) merged[k++] = fresh[j++];
    this.sorted = merged as string[];
  }

  /** Words matching a wildcard pattern (`*` any run, `?` one character), at most `cap`. */
  wildcard(pattern: string, cap: number): string[] {
    const key = `w${cap}:${pattern}`;
    const hit = this.memo.get(key);
    if (hit) return hit;
    const vocab = this.words();
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
    this.memo.set(key, out);
    return out;
  }

  /** Words within `distance` edits of `word` (Levenshtein), in sorted order, at most `cap`. */
  fuzzy(word: string, distance: number, cap: number): string[] {
    const key = `f${distance}:${cap}:${word}`;
    const hit = this.memo.get(key);
    if (hit) return hit;
    const buckets = this.lengthBuckets();
    const out: string[] = [];
    // Only words whose length is within `distance` can be within `distance` edits.
    const from = Math.max(0, word.length - distance);
    const to = Math.min(buckets.length - 1, word.length + distance);
    for (let len = from; len <= to; len++)
      for (const w of buckets[len] ?? []) if (withinDistance(word, w, distance)) out.push(w);
    out.sort();
    if (out.length > cap) out.length = cap;
    this.memo.set(key, out);
    return out;
  }

  /** Surface forms of `s` (a stem). */
  rawsOf(s: string): string[] {
    const own = this.set.has(s) && !this.stemOfWord.has(s);
    const others = this.wordsOfStem.get(s) ?? [];
    return own ? [s, ...others] : others;
  }

  private lengthBuckets(): string[][] {
    if (!this.byLength) {
      const b: string[][] = [];
      for (const w of this.words()) (b[w.length] ??= []).push(w);
      this.byLength = b;
    }
    return this.byLength;
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

/** Incoming words merged into the sorted list once this many wait (each merge is one linear pass). */
const MERGE_AT = 20_000;

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
