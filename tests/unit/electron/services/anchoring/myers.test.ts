import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { approxSearch, endDistances } from '../../../../../electron/services/anchoring/myers';

/** Slow reference: Sellers' dynamic programme, D[0][j] = 0 (a match may start anywhere). */
function referenceEnds(text: string, pattern: string): number[] {
  const m = pattern.length;
  let prev = Array.from({ length: m + 1 }, (_, i) => i);
  const out: number[] = [];
  for (let j = 0; j < text.length; j++) {
    const cur = [0];
    for (let i = 1; i <= m; i++) {
      const cost = pattern[i - 1] === text[j] ? 0 : 1;
      cur.push(Math.min((prev[i - 1] ?? 0) + cost, (prev[i] ?? 0) + 1, (cur[i - 1] ?? 0) + 1));
    }
    out.push(cur[m] ?? 0);
    prev = cur;
  }
  return out;
}

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur.push(
        Math.min(
          (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
          (prev[j] ?? 0) + 1,
          (cur[j - 1] ?? 0) + 1,
        ),
      );
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

const alphabet = fc.constantFrom('a', 'b', 'c', ' ', 'é', '\ud83d\ude00');
const str = (min: number, max: number) =>
  fc.array(alphabet, { minLength: min, maxLength: max }).map((a) => a.join(''));

describe('myers bit-parallel matcher', () => {
  it('agrees with the dynamic programme at every end position (patterns up to 3 blocks)', () => {
    fc.assert(
      fc.property(str(0, 160), str(1, 90), (text, pattern) => {
        expect(Array.from(endDistances(text, pattern))).toEqual(referenceEnds(text, pattern));
      }),
      { numRuns: 400 },
    );
  });

  it('agrees with the plain edit distance when anchored', () => {
    fc.assert(
      fc.property(str(1, 120), str(1, 70), (text, pattern) => {
        const ends = endDistances(text, pattern, true);
        for (let j = 0; j < text.length; j += 7)
          expect(ends[j]).toBe(levenshtein(text.slice(0, j + 1), pattern));
      }),
      { numRuns: 200 },
    );
  });

  it('reports matches whose text really is within the stated distance', () => {
    fc.assert(
      fc.property(str(1, 200), str(1, 70), (text, pattern) => {
        const k = Math.floor(pattern.length / 2);
        for (const m of approxSearch(text, pattern, k)) {
          expect(m.errors).toBeLessThanOrEqual(k);
          expect(levenshtein(text.slice(m.start, m.end), pattern)).toBe(m.errors);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds an edited copy of a long pattern', () => {
    const pattern = 'The minister said the bridge would reopen in spring after repairs to its piers.';
    const text = `Lorem ipsum. ${pattern.replace('reopen', 're-open').replace('piers', 'pier')} Dolor sit.`;
    const [m] = approxSearch(text, pattern, 10);
    expect(m).toBeDefined();
    expect(text.slice(m?.start, m?.end)).toContain('The minister said');
    expect(m?.errors).toBe(2);
  });
});
