import type { Boilerplate } from '../../../shared/model/document';

/** Number of hash functions in a signature; LSH splits them into {@link BANDS} bands. */
export const SIGNATURE_SIZE = 64;
/** 32 bands of 2 rows: a pair with Jaccard 0.35 shares a band with probability ≈ 0.98, an unrelated pair
 * (≈ 0.05) ≈ 0.08; the signature estimate then decides, so LSH only bounds the comparisons. */
export const BANDS = 32;
/** Rows per LSH band. */
export const ROWS = 2;
const SHINGLE = 3;
/** Words read per story: enough to recognise a copy, bounded for huge files. */
const MAX_WORDS = 4000;

// Fixed odd multipliers and offsets (deterministic: signatures are cached on disk).
const A = Array.from({ length: SIGNATURE_SIZE }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) | 1) >>> 0);
const B = Array.from({ length: SIGNATURE_SIZE }, (_, i) => Math.imul(i + 7, 0x85ebca6b) >>> 0);

/**
 * MinHash signature of a story's prose: word 3-shingles (lower case, punctuation dropped) of the text
 * outside furniture ranges. Syndicated copies with a new headline, trimmed sentences or different site
 * furniture keep most shingles, so their signatures agree in most positions.
 */
export function storySignature(
  text: string,
  start: number,
  end: number,
  furniture: readonly Boilerplate[],
): number[] | null {
  const words: string[] = [];
  let at = start;
  for (const b of [...furniture, { start: end, end }]) {
    if (b.start > at) collectWords(text.slice(at, Math.min(b.start, at + 200_000)), words);
    at = Math.max(at, b.end);
    if (words.length >= MAX_WORDS) break;
  }
  if (words.length < SHINGLE + 20) return null; // too short to call anything a copy
  const sig = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  for (let i = 0; i + SHINGLE <= Math.min(words.length, MAX_WORDS); i++) {
    let h = 0x811c9dc5;
    for (let w = i; w < i + SHINGLE; w++) h = fnv(words[w]!, h);
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const v = (Math.imul(A[k]!, h) + B[k]!) >>> 0;
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of two signatures. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

function collectWords(s: string, out: string[]): void {
  for (const m of s.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    out.push(m[0]);
    if (out.length >= MAX_WORDS) return;
  }
}

function fnv(s: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return Math.imul(h ^ 0x20, 0x01000193) >>> 0;
}
