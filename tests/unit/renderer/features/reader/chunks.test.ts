import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkIndexAt, splitChunks } from '../../../../../renderer/src/features/reader/chunks';

describe('splitChunks', () => {
  it('keeps a short text as one chunk', () => {
    expect(splitChunks('short text', 40)).toEqual([{ start: 40, end: 50 }]);
  });

  it('cuts just after a newline near the target', () => {
    const text = `${'a'.repeat(12)}\n${'b'.repeat(30)}`;
    const chunks = splitChunks(text, 0, 10);
    expect(chunks[0]).toEqual({ start: 0, end: 13 });
  });

  it('never splits a surrogate pair when forced to cut mid-line', () => {
    const text = 'x'.repeat(9) + '😀'.repeat(20);
    for (const c of splitChunks(text, 0, 10)) {
      const first = text.charCodeAt(c.start);
      expect(first >= 0xdc00 && first <= 0xdfff).toBe(false);
    }
  });

  it('tiles any text and locates every offset (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 400 }),
        fc.nat(50),
        fc.integer({ min: 1, max: 40 }),
        (text, start, target) => {
          const chunks = splitChunks(text, start, target);
          let at = start;
          for (const c of chunks) {
            expect(c.start).toBe(at);
            expect(c.end).toBeGreaterThan(c.start);
            at = c.end;
          }
          expect(at).toBe(start + text.length);
          for (let o = start; o < start + text.length; o++) {
            const i = chunkIndexAt(chunks, o);
            expect(chunks[i]!.start <= o && o < chunks[i]!.end).toBe(true);
          }
          if (text.length > 0) expect(chunkIndexAt(chunks, start + text.length)).toBe(chunks.length - 1);
          expect(chunkIndexAt(chunks, start - 1)).toBe(-1);
        },
      ),
    );
  });

  it('splits a 50 MB text into a few thousand chunks quickly enough to not need a worker', () => {
    const para = `${'word '.repeat(80)}\n\n`;
    const text = para.repeat(Math.ceil(50_000_000 / para.length));
    const chunks = splitChunks(text, 0);
    expect(chunks.length).toBeGreaterThan(3000);
    expect(chunks.length).toBeLessThan(10_000);
  });
});
