import { analyze, type AnalyzedToken } from './analyzer';
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
  const k = words.length;
  const out: [number, number][] = [];
  if (k === 0) return out;
  if (slop === null || k === 1) {
    outer: for (let i = 0; i + k <= tokens.length; i++) {
      for (let j = 0; j < k; j++)
        if ((tokens[i + j] as AnalyzedToken).stem !== (words[j] as ScanWord).stem) continue outer;
      out.push([i, i + k - 1]);
    }
    return out;
  }
  // Sliding window over tokens that are query words, with required counts per stem.
  const need = new Map<string, number>();
  for (const w of words) need.set(w.stem, (need.get(w.stem) ?? 0) + 1);
  const have = new Map<string, number>();
  const idx: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (need.has((tokens[i] as AnalyzedToken).stem)) idx.push(i);
  let satisfied = 0;
  let lo = 0;
  for (let hi = 0; hi < idx.length; hi++) {
    const sh = (tokens[idx[hi] as number] as AnalyzedToken).stem;
    const c = (have.get(sh) ?? 0) + 1;
    have.set(sh, c);
    if (c === need.get(sh)) satisfied++;
    while (satisfied === need.size) {
      const a = idx[lo] as number;
      const b = idx[hi] as number;
      if (b - a + 1 - k <= slop) out.push([a, b]);
      const sl = (tokens[a] as AnalyzedToken).stem;
      const cl = (have.get(sl) ?? 0) - 1;
      have.set(sl, cl);
      if (cl < (need.get(sl) ?? 0)) satisfied--;
      lo++;
    }
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
