/**
 * Approximate string matching with Myers' bit-parallel algorithm (J. ACM 46(3), 1999) in the block form
 * of Hyyrö (2001), so patterns of any length run in O(⌈m/32⌉·n). It works on UTF-16 code units: an
 * edited emoji costs two errors, which the scorer tolerates.
 */

/** One approximate occurrence: half-open [start, end) in the text and its edit distance to the pattern. */
export interface ApproxMatch {
  start: number;
  end: number;
  errors: number;
}

interface Pattern {
  blocks: number;
  peq: Map<number, Int32Array>;
  /** Bit of the pattern's last row inside the last block. */
  lastBit: number;
  zero: Int32Array;
}

function compile(pattern: string): Pattern {
  const blocks = Math.ceil(pattern.length / 32);
  const peq = new Map<number, Int32Array>();
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    let row = peq.get(c);
    if (!row) peq.set(c, (row = new Int32Array(blocks)));
    const b = i >>> 5;
    row[b] = (row[b] ?? 0) | (1 << (i & 31));
  }
  return { blocks, peq, lastBit: 1 << ((pattern.length - 1) & 31), zero: new Int32Array(blocks) };
}

/**
 * Edit distance of the best occurrence of `pattern` ending at each text position: `out[j]` is the
 * distance for the occurrence ending just before text index j + 1. The occurrence may start anywhere
 * unless `anchored`, when it must start at text index 0 (plain edit distance of `text.slice(0, j + 1)`).
 */
export function endDistances(text: string, pattern: string, anchored = false): Int32Array {
  const out = new Int32Array(text.length);
  const m = pattern.length;
  if (m === 0) return out;
  const p = compile(pattern);
  const pv = new Int32Array(p.blocks).fill(-1);
  const mv = new Int32Array(p.blocks);
  let score = m;
  for (let j = 0; j < text.length; j++) {
    const eqs = p.peq.get(text.charCodeAt(j)) ?? p.zero;
    // Row 0 of the DP: 0 everywhere for a free start, j for an anchored one (delta +1 per column).
    let hin = anchored ? 1 : 0;
    for (let b = 0; b < p.blocks; b++) {
      const last = b === p.blocks - 1;
      const high = last ? p.lastBit : 1 << 31;
      let eq = eqs[b] ?? 0;
      const pvb = pv[b] ?? 0;
      const mvb = mv[b] ?? 0;
      const xv = eq | mvb;
      if (hin < 0) eq |= 1;
      const xh = ((((eq & pvb) + pvb) | 0) ^ pvb) | eq;
      let ph = mvb | ~(xh | pvb);
      let mh = pvb & xh;
      const hout = (ph & high) !== 0 ? 1 : (mh & high) !== 0 ? -1 : 0;
      ph <<= 1;
      mh <<= 1;
      if (hin < 0) mh |= 1;
      else if (hin > 0) ph |= 1;
      pv[b] = mh | ~(xv | ph);
      mv[b] = ph & xv;
      hin = hout;
    }
    score += hin;
    out[j] = score;
  }
  return out;
}

function reverse(s: string): string {
  let r = '';
  for (let i = s.length - 1; i >= 0; i--) r += s[i];
  return r;
}

/**
 * Every approximate occurrence of `pattern` in `text` with at most `maxErrors` errors: one per run of
 * qualifying end positions (its best end), with the start found by matching the reversed pattern
 * backwards from that end. Sorted by errors, then position.
 */
export function approxSearch(text: string, pattern: string, maxErrors: number): ApproxMatch[] {
  const m = pattern.length;
  if (m === 0 || text.length === 0) return [];
  const ends = endDistances(text, pattern);
  const best: { end: number; errors: number }[] = [];
  let run: { end: number; errors: number } | null = null;
  for (let j = 0; j < ends.length; j++) {
    const e = ends[j] ?? m;
    if (e <= maxErrors) {
      if (!run || e < run.errors) run = { end: j + 1, errors: e };
    } else if (run) {
      best.push(run);
      run = null;
    }
  }
  if (run) best.push(run);
  const rpattern = reverse(pattern);
  const out: ApproxMatch[] = [];
  for (const { end, errors } of best) {
    const from = Math.max(0, end - m - errors);
    const window = reverse(text.slice(from, end));
    const back = endDistances(window, rpattern, true);
    // Among starts with exactly `errors` errors take the earliest: an edit inside the first word
    // (an accent decomposed, a letter inserted) must not cut that word off the match.
    let start = -1;
    for (let i = 0; i < back.length; i++) if ((back[i] ?? Infinity) === errors) start = end - (i + 1);
    if (start >= 0) out.push({ start, end, errors });
  }
  return out.sort((a, b) => a.errors - b.errors || a.start - b.start);
}

/** Every exact occurrence of `pattern` (overlapping ones included). */
export function exactSearch(text: string, pattern: string): number[] {
  const out: number[] = [];
  if (pattern.length === 0) return out;
  for (let i = text.indexOf(pattern); i !== -1; i = text.indexOf(pattern, i + 1)) out.push(i);
  return out;
}
