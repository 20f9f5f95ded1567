import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCanonicalText, toCanonicalText } from '../../../../shared/text/canonical';
import { mergeRanges, snapToCodePoint } from '../../../../shared/text/ranges';

describe('the canonical-text rule', () => {
  it('drops a leading BOM, turns CRLF and CR into LF, and composes to NFC', () => {
    expect(toCanonicalText('\uFEFFa\r\nb\rc')).toBe('a\nb\nc');
    expect(toCanonicalText('Brasi\u0301lia')).toBe('Brasília');
  });

  it('keeps everything else: NUL, tabs, trailing spaces, a BOM inside the text', () => {
    expect(toCanonicalText('a\u0000b\t c  \n\uFEFF')).toBe('a\u0000b\t c  \n\uFEFF');
  });

  it('is idempotent and never leaves a CR (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite' }), (s) => {
        const once = toCanonicalText(s);
        expect(toCanonicalText(once)).toBe(once);
        expect(once.includes('\r')).toBe(false);
        expect(isCanonicalText(once)).toBe(true);
      }),
    );
  });

  it('gives the same text for CRLF and LF files (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }).map((s) => s.replace(/[\r\n]/g, ''))), (lines) => {
        expect(toCanonicalText(lines.join('\r\n'))).toBe(toCanonicalText(lines.join('\n')));
      }),
    );
  });
});

describe('range helpers', () => {
  it('merges overlapping and touching ranges', () => {
    expect(
      mergeRanges([
        { start: 5, end: 8 },
        { start: 0, end: 2 },
        { start: 2, end: 3 },
        { start: 7, end: 10 },
      ]),
    ).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 10 },
    ]);
  });
  it('never splits a surrogate pair', () => {
    const text = 'a😊b';
    expect(snapToCodePoint(text, 2)).toBe(1);
    expect(snapToCodePoint(text, 3)).toBe(3);
  });
});
