/**
 * Word-level diff of two copies of a story. Tokens are words and the whitespace/punctuation between
 * them, so concatenating a side's tokens gives back its text exactly and marks map to real offsets.
 * The core is Myers' O(ND) algorithm on word tokens, bounded: when two texts differ too much
 * (D > maxEdits) it gives up aligning and reports them as wholly different rather than freezing.
 */

/** A token with its offset in its side's text. */
export interface Token {
  text: string;
  start: number;
}

/** One aligned piece: equal on both sides, or only on the left ('removed') / right ('added'). */
export interface DiffOp {
  op: 'equal' | 'removed' | 'added';
  /** Offsets into the left (for equal/removed) and right (for equal/added) texts; half-open. */
  left: { start: number; end: number };
  right: { start: number; end: number };
  /** The op's text holds a line break: the compare view starts a new row after it. */
  break?: boolean;
}

/** Splits text into word tokens and separator tokens (whitespace, punctuation), preserving every char. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|\s+|[^\s\p{L}\p{N}]/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push({ text: m[0], start: m.index });
  return out;
}

/** Whitespace runs compare equal regardless of length/kind: line wrapping differs between copies. */
const key = (t: string) => (/^\s+$/.test(t) ? ' ' : t);

/**
 * The longest-common-subsequence alignment of two token lists (Myers), or null past `maxEdits`.
 * Each step keeps only its live diagonals [-d, d], so memory is O(D²), not O(D·(N+M)).
 */
function myers(a: string[], b: string[], maxEdits: number): [number, number][] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number));
      let x = down ? (v[offset + k + 1] as number) : (v[offset + k - 1] as number) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, n, m);
    }
  }
  return null;
}

/** Walks the saved steps back from (n, m) and returns the matched (i, j) token pairs in order. */
function backtrack(trace: Int32Array[], n: number, m: number): [number, number][] {
  const pairs: [number, number][] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const w = trace[d] as Int32Array;
    const at = (k: number) => w[k + d + 1] as number;
    const k = x - y;
    let prevK: number;
    if (d === 0) prevK = 0;
    else prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) pairs.push([--x, --y]);
    x = prevX;
    y = prevY;
  }
  return pairs.reverse();
}

/**
 * Diffs two texts word by word. Equal runs are merged; a change is reported as removed then added.
 * `maxEdits` bounds the work (O((N+M)·D)); beyond it the texts are reported as replaced wholesale.
 */
export function wordDiff(left: string, right: string, maxEdits = 2000): DiffOp[] {
  const lt = tokenize(left);
  const rt = tokenize(right);
  const pairs =
    myers(
      lt.map((t) => key(t.text)),
      rt.map((t) => key(t.text)),
      maxEdits,
    ) ?? [];
  const ops: DiffOp[] = [];
  const endL = (i: number) => (i < lt.length ? (lt[i] as Token).start : left.length);
  const endR = (j: number) => (j < rt.length ? (rt[j] as Token).start : right.length);
  const push = (op: DiffOp['op'], l0: number, l1: number, r0: number, r1: number) => {
    if (l1 <= l0 && r1 <= r0) return;
    // A line break on either side ends a compare row, so shared paragraphs start level on both sides.
    const isBreak =
      (op !== 'added' && left.slice(l0, l1).includes('\n')) ||
      (op !== 'removed' && right.slice(r0, r1).includes('\n'));
    const prev = ops[ops.length - 1];
    if (prev && prev.op === op && !prev.break) {
      prev.left.end = l1;
      prev.right.end = r1;
      if (isBreak) prev.break = true;
    } else
      ops.push({
        op,
        left: { start: l0, end: l1 },
        right: { start: r0, end: r1 },
        ...(isBreak ? { break: true } : {}),
      });
  };
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...pairs, [lt.length, rt.length] as [number, number]]) {
    if (pi > i) push('removed', endL(i), endL(pi), endR(j), endR(j));
    if (pj > j) push('added', endL(pi), endL(pi), endR(j), endR(pj));
    if (pi < lt.length && pj < rt.length) push('equal', endL(pi), endL(pi + 1), endR(pj), endR(pj + 1));
    i = pi + 1;
    j = pj + 1;
  }
  return ops;
}

/** Share of the left text (in characters) that is equal in the right: a quick similarity figure. */
export function similarity(ops: readonly DiffOp[], leftLength: number, rightLength: number): number {
  const equal = ops.filter((o) => o.op === 'equal').reduce((n, o) => n + (o.left.end - o.left.start), 0);
  const total = Math.max(leftLength, rightLength);
  return total === 0 ? 1 : equal / total;
}
