import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Boilerplate } from '../../../../../shared/model/document';
import { buildRuns, compareMarks } from '../../../../../renderer/src/features/reader/build-runs';
import type { Decoration } from '../../../../../renderer/src/features/reader/decorations';

const hit = (start: number, end: number, refId?: string): Decoration => ({
  start,
  end,
  kind: 'hit',
  ...(refId ? { refId } : {}),
});

describe('buildRuns', () => {
  it('returns one plain run without decorations', () => {
    expect(buildRuns('hello', 10, [], [])).toEqual([
      { start: 10, end: 15, furniture: null, marks: [], cut: false },
    ]);
  });

  it('cuts at decoration and furniture boundaries using file offsets', () => {
    const furn: Boilerplate[] = [{ start: 16, end: 18, kind: 'caption' }];
    const runs = buildRuns('0123456789', 10, [hit(12, 14)], furn);
    expect(runs.map((r) => [r.start, r.end, r.marks.length, r.furniture])).toEqual([
      [10, 12, 0, null],
      [12, 14, 1, null],
      [14, 16, 0, null],
      [16, 18, 0, 'caption'],
      [18, 20, 0, null],
    ]);
  });

  it('nests overlapping marks: the earlier, longer mark is outermost in every run', () => {
    const a: Decoration = { start: 0, end: 6, kind: 'annotation', refId: 'a' };
    const e: Decoration = { start: 3, end: 9, kind: 'entity', refId: 'e' };
    const runs = buildRuns('abcdefghij', 0, [e, a], []);
    expect(runs.map((r) => [r.start, r.end, r.marks.map((m) => m.refId)])).toEqual([
      [0, 3, ['a']],
      [3, 6, ['a', 'e']],
      [6, 9, ['e']],
      [9, 10, []],
    ]);
  });

  it('clips decorations to the text and ignores empty or outside ones', () => {
    const runs = buildRuns('abc', 100, [hit(90, 101), hit(102, 102), hit(200, 210), hit(50, 60)], []);
    expect(runs.map((r) => [r.start, r.end, r.marks.length])).toEqual([
      [100, 101, 1],
      [101, 103, 0],
    ]);
  });

  it('marks cut points (live-blog entries) as run starts', () => {
    const runs = buildRuns('aaaabbbb', 0, [], [], [4]);
    expect(runs.map((r) => [r.start, r.cut])).toEqual([
      [0, false],
      [4, true],
    ]);
  });

  it('returns nothing for empty text', () => {
    expect(buildRuns('', 5, [hit(5, 6)], [])).toEqual([]);
  });
});

describe('buildRuns properties', () => {
  const arb = fc
    .record({ start: fc.nat(1000), text: fc.string({ maxLength: 60 }) })
    .chain(({ start, text }) => {
      const range = fc.tuple(fc.integer({ min: start - 10, max: start + text.length + 10 }), fc.nat(30));
      return fc.record({
        start: fc.constant(start),
        text: fc.constant(text),
        decos: fc.array(
          fc.tuple(range, fc.constantFrom<Decoration['kind']>('hit', 'find', 'entity', 'annotation')),
          { maxLength: 8 },
        ),
        furn: fc.array(range, { maxLength: 3 }),
        cuts: fc.array(fc.integer({ min: start, max: start + text.length }), { maxLength: 3 }),
      });
    });

  it('runs tile the text exactly and each run carries exactly the marks covering it', () => {
    fc.assert(
      fc.property(arb, ({ start, text, decos, furn, cuts }) => {
        const decorations: Decoration[] = decos.map(([[s, len], kind], i) => ({
          start: Math.max(0, s),
          end: Math.max(0, s) + len,
          kind,
          refId: String(i),
        }));
        const furniture: Boilerplate[] = furn.map(([s, len]) => ({
          start: Math.max(0, s),
          end: Math.max(0, s) + len,
          kind: 'footer',
        }));
        const runs = buildRuns(text, start, decorations, furniture, cuts);
        if (text.length === 0) return runs.length === 0;
        // Tiling: contiguous, non-empty, covering [start, start + length).
        expect(runs[0]?.start).toBe(start);
        expect(runs[runs.length - 1]?.end).toBe(start + text.length);
        for (let i = 0; i < runs.length; i++) {
          const r = runs[i]!;
          expect(r.end).toBeGreaterThan(r.start);
          if (i > 0) expect(r.start).toBe(runs[i - 1]!.end);
          // Reference: the marks covering the run are those whose range contains it.
          const expected = decorations
            .filter((d) => d.end > d.start && d.start <= r.start && d.end >= r.end)
            .sort(compareMarks);
          expect(r.marks.map((m) => m.refId)).toEqual(expected.map((m) => m.refId));
          const inFurniture = furniture.some((f) => f.end > f.start && f.start <= r.start && f.end >= r.end);
          expect(r.furniture !== null).toBe(inFurniture);
          // No run straddles a decoration boundary.
          for (const d of decorations.filter((x) => x.end > x.start)) {
            expect(d.start > r.start && d.start < r.end).toBe(false);
            expect(d.end > r.start && d.end < r.end).toBe(false);
          }
        }
        return true;
      }),
      { numRuns: 400 },
    );
  });

  it('the nesting order is a total order consistent across runs (marks never cross)', () => {
    fc.assert(
      fc.property(arb, ({ start, text, decos }) => {
        const decorations: Decoration[] = decos.map(([[s, len], kind], i) => ({
          start: Math.max(0, s),
          end: Math.max(0, s) + len,
          kind,
          refId: String(i),
        }));
        const runs = buildRuns(text, start, decorations, []);
        // If A is outside B in one run, B is never outside A in another.
        const outside = new Set<string>();
        for (const r of runs)
          r.marks.forEach((m, i) =>
            r.marks.slice(i + 1).forEach((n) => outside.add(`${m.refId}>${n.refId}`)),
          );
        for (const pair of outside) {
          const [a, b] = pair.split('>');
          if (outside.has(`${b}>${a}`)) return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });
});
