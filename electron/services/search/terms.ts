import type { BuiltShard } from './shard-build';

/** Sorted terms as one string plus start offsets: one heap object instead of one string per term. */
export interface PackedTerms {
  text: string;
  starts: Uint32Array;
}

/** Packs sorted terms (a held shard keeps tens of thousands; as strings they weigh on the worker's heap). */
export function packTerms(terms: readonly string[]): PackedTerms {
  const starts = new Uint32Array(terms.length + 1);
  let at = 0;
  terms.forEach((t, i) => {
    starts[i] = at;
    at += t.length;
  });
  starts[terms.length] = at;
  return { text: terms.join(''), starts };
}

/** Compares `key` with packed term `i` (UTF-16 code units, as `<` on strings does). */
function comparePacked(p: PackedTerms, i: number, key: string): number {
  const from = p.starts[i] as number;
  const len = (p.starts[i + 1] as number) - from;
  const n = Math.min(len, key.length);
  for (let k = 0; k < n; k++) {
    const d = p.text.charCodeAt(from + k) - key.charCodeAt(k);
    if (d) return d;
  }
  return len - key.length;
}

/** Index of `term` in a shard's sorted terms (packed or not), or -1. */
export function termIndexOf(s: Pick<BuiltShard, 'terms' | 'packed'>, term: string): number {
  const p = s.packed;
  if (p) {
    let lo = 0;
    let hi = p.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (comparePacked(p, mid, term) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo < p.starts.length - 1 && comparePacked(p, lo, term) === 0 ? lo : -1;
  }
  const terms = s.terms;
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((terms[mid] as string) < term) lo = mid + 1;
    else hi = mid;
  }
  return terms[lo] === term ? lo : -1;
}

/** The terms of a packed table as strings (for tests and tools; a worker never unpacks). */
export function unpackTerms(p: PackedTerms): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < p.starts.length; i++)
    out.push(p.text.slice(p.starts[i] as number, p.starts[i + 1] as number));
  return out;
}
