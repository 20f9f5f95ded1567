import { analyze, fold, type AnalyzedToken } from './analyzer';
import type { SearchDoc } from './docs';

/** Words of a document's searchable segments, with canonical-text offsets. */
export function docTokens(doc: SearchDoc, text: string): AnalyzedToken[] {
  const out: AnalyzedToken[] = [];
  for (const [s, e] of doc.segments) {
    for (const t of analyze(text.slice(s, e), s)) out.push(t);
  }
  return out;
}

/** A phrase word as the scan compares it: by stem (so "talks" matches "talk"). */
export interface ScanWord {
  stem: string;
}

/**
 * Every occurrence of `words` in `tokens`: slop null = consecutive and in order; slop N = the smallest
 * windows holding every word (as a multiset) with at most N other words inside, any order.
 * Returns [firstTokenIndex, lastTokenIndex] pairs.
 */
export function findPhrase(
  tokens: readonly AnalyzedToken[],
  words: readonly ScanWord[],
  slop: number | null,
): [number, number][] {
  return findPhraseStems(
    tokens.map((t) => t.stem),
    words.map((w) => w.stem),
    slop,
  );
}

/** {@link findPhrase} over a plain array of token stems (what the fast candidate scan produces). */
export function findPhraseStems(
  stems: readonly string[],
  words: readonly string[],
  slop: number | null,
): [number, number][] {
  const k = words.length;
  const out: [number, number][] = [];
  if (k === 0) return out;
  if (slop === null || k === 1) {
    const first = words[0] as string;
    outer: for (let i = 0; i + k <= stems.length; i++) {
      if (stems[i] !== first) continue;
      for (let j = 1; j < k; j++) if (stems[i + j] !== words[j]) continue outer;
      out.push([i, i + k - 1]);
    }
    return out;
  }
  // Sliding window over tokens that are query words, with required counts per stem.
  const need = new Map<string, number>();
  for (const w of words) need.set(w, (need.get(w) ?? 0) + 1);
  const have = new Map<string, number>();
  const idx: number[] = [];
  for (let i = 0; i < stems.length; i++) if (need.has(stems[i] as string)) idx.push(i);
  let satisfied = 0;
  let lo = 0;
  for (let hi = 0; hi < idx.length; hi++) {
    const sh = stems[idx[hi] as number] as string;
    const c = (have.get(sh) ?? 0) + 1;
    have.set(sh, c);
    if (c === need.get(sh)) satisfied++;
    while (satisfied === need.size) {
      const a = idx[lo] as number;
      const b = idx[hi] as number;
      if (b - a + 1 - k <= slop) out.push([a, b]);
      const sl = stems[a] as string;
      const cl = (have.get(sl) ?? 0) - 1;
      have.set(sl, cl);
      if (cl < (need.get(sl) ?? 0)) satisfied--;
      lo++;
    }
  }
  return out;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The stems of a document's words as the phrase scan needs them, without running the stemmer: every
 * word is folded and looked up in `stemOfRaw` (the surface forms of the phrase's stems, from the shard
 * vocabularies); any other word becomes '' (a position that matches nothing).
 */
export function scanStems(doc: SearchDoc, text: string, stemOfRaw: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const [s, e] of doc.segments) {
    const slice = text.slice(s, e);
    WORD.lastIndex = 0;
    for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) out.push(stemOfRaw.get(fold(m[0])) ?? '');
  }
  return out;
}

/** Brute-force reference for {@link findPhrase} (tests only): does any window of positions satisfy it? */
export function phraseMatchesBrute(
  stems: readonly string[],
  words: readonly string[],
  slop: number | null,
): boolean {
  const k = words.length;
  if (slop === null || k === 1) {
    for (let i = 0; i + k <= stems.length; i++) if (words.every((w, j) => stems[i + j] === w)) return true;
    return false;
  }
  for (let a = 0; a < stems.length; a++) {
    for (let b = a; b < stems.length && b - a + 1 - k <= slop; b++) {
      const bag = stems.slice(a, b + 1);
      const left = [...words];
      for (const s of bag) {
        const at = left.indexOf(s);
        if (at >= 0) left.splice(at, 1);
      }
      if (left.length === 0) return true;
    }
  }
  return false;
}

const NON_ASCII_LETTER = /[\u00c0-\u02ff\u0300-\u036f\u0370-\u1fff\u2c00-\ud7ff\uf900-\uffff]/;
const plainCache = new WeakMap<SearchDoc, boolean>();

/** True when no searchable segment holds a letter outside ASCII (so a case-insensitive regex equals folding). */
export function isPlain(doc: SearchDoc, text: string): boolean {
  let v = plainCache.get(doc);
  if (v === undefined) {
    v = !doc.segments.some(([s, e]) => NON_ASCII_LETTER.test(text.slice(s, e)));
    plainCache.set(doc, v);
  }
  return v;
}

/** A regex finding any of `raws` as a whole word. */
export function wordsRegex(raws: readonly string[]): RegExp {
  const alt = [...raws].sort((a, b) => b.length - a.length).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, 'giu');
}

const GAP_WORD = /[\p{L}\p{N}]+/gu;

function countWords(text: string, from: number, to: number, cap: number): number {
  let n = 0;
  GAP_WORD.lastIndex = from;
  for (let m = GAP_WORD.exec(text); m && m.index < to; m = GAP_WORD.exec(text)) if (++n >= cap) return cap;
  return n;
}

/**
 * A compressed stem sequence of a plain (ASCII-letter) document for phrase/proximity checks: only the
 * phrase's words (found by one regex), with at most `cap` '' placeholders for the words between them.
 * Windows of at most cap-1 extra words are exactly those of the full sequence; longer gaps stay too long.
 */
export function compressedStems(
  doc: SearchDoc,
  text: string,
  stemOfRaw: ReadonlyMap<string, string>,
  re: RegExp,
  cap: number,
  spans?: number[],
): string[] {
  const out: string[] = [];
  let pending = 0;
  for (const [s, e] of doc.segments) {
    let at = s;
    re.lastIndex = s;
    for (let m = re.exec(text); m && m.index < e; m = re.exec(text)) {
      if (out.length) {
        pending = Math.min(cap, pending + countWords(text, at, m.index, cap));
        for (let i = 0; i < pending; i++) {
          out.push('');
          spans?.push(-1, -1);
        }
      }
      pending = 0;
      out.push(stemOfRaw.get(m[0].toLowerCase()) ?? '');
      spans?.push(m.index, m.index + m[0].length);
      at = m.index + m[0].length;
    }
    if (out.length) pending = Math.min(cap, pending + countWords(text, at, e, cap));
  }
  return out;
}
