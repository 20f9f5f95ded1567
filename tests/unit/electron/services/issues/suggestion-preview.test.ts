import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../../../../shared/model/issue';
import { previewOf } from '../../../../../electron/services/issues/suggest';

const suggestion = (count: number, sampleAt: number): Suggestion => {
  const evidence = Array.from({ length: count }, (_, i) => ({
    key: `t|doc-${i}|${i}`,
    docId: `doc-${i}`,
    start: i,
    end: i + 10,
    quote: `passage ${i}`,
    cue: 'remain unresolved',
    stance: 'raises' as const,
    actor: null,
    docDate: null,
    docTitle: `Doc ${i}`,
  }));
  return {
    topic: 't',
    label: 't',
    cue: 'remain unresolved',
    issueId: null,
    evidenceCount: count,
    docCount: count,
    stances: { raises: count },
    sampleKey: evidence[sampleAt]?.key ?? null,
    evidence,
  };
};

describe('previewOf', () => {
  it('keeps n passages in order, the first ones and the sample passage', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.nat(),
        fc.integer({ min: 0, max: 10 }),
        (count, at, n) => {
          const s = suggestion(count, at % count);
          const p = previewOf(s, n);
          expect(p.evidence.length).toBe(Math.min(n, count));
          expect(p.evidenceCount).toBe(count);
          const indexes = p.evidence.map((e) => s.evidence.indexOf(e));
          expect(indexes.every((i) => i >= 0)).toBe(true);
          expect([...indexes].sort((a, b) => a - b)).toEqual(indexes);
          const first = count > n ? n - 1 : count;
          expect(indexes.slice(0, first)).toEqual([...Array(Math.max(0, first)).keys()]);
          if (n >= 1) expect(p.evidence.some((e) => e.key === s.sampleKey)).toBe(true);
        },
      ),
    );
  });

  it('returns the suggestion itself for "all"', () => {
    const s = suggestion(12, 11);
    expect(previewOf(s, 'all')).toBe(s);
  });
});
