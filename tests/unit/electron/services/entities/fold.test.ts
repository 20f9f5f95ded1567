import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { damerau, foldName, slug, translitKey } from '../../../../../electron/services/entities/fold';

describe('foldName', () => {
  it('folds case, diacritics, initialisms and apostrophes', () => {
    expect(foldName('Erdoğan')).toBe(foldName('Erdogan'));
    expect(foldName('KYIV')).toBe('kyiv');
    expect(foldName('U.S.')).toBe(foldName('US'));
    expect(foldName('Zürich')).toBe('zurich');
    expect(foldName('Radosław Sikorski')).toBe('radoslaw sikorski');
    expect(foldName("Kremlin's")).toBe('kremlins');
  });
});

describe('translitKey', () => {
  it.each([
    ['Zelensky', 'Zelenskyy'],
    ['Zelensky', 'Zelenskiy'],
    ['Zelenskyy', 'Zelenskiy'],
    ['Dmitry', 'Dmitri'],
    ['Dmitriev', 'Dmitriyev'],
    ['Yuriy', 'Yuri'],
    ['Aleksandr', 'Alexandr'],
    ['Kharkiv', 'Charkiv'.replace('Ch', 'H')],
    ['Zaporizhzhia', 'Zaporizhzhya'],
    ['Maria', 'Mariya'],
    ['Tsar', 'Tzar'],
  ])('%s and %s share a key', (a, b) => expect(translitKey(a)).toBe(translitKey(b)));

  it.each([
    ['Lavrov', 'Lavorv'],
    ['Kyiv', 'Moscow'],
    ['Peskov', 'Putin'],
  ])('%s and %s do not', (a, b) => expect(translitKey(a)).not.toBe(translitKey(b)));

  it('is idempotent', () => {
    expect(translitKey(translitKey('ccK'))).toBe(translitKey('ccK'));
    fc.assert(fc.property(fc.string(), (s) => translitKey(translitKey(s)) === translitKey(s)));
  });
});

describe('damerau', () => {
  it('counts a transposition as one edit', () => {
    expect(damerau('lavorv', 'lavrov')).toBe(1);
    expect(damerau('peskov', 'peskov')).toBe(0);
    expect(damerau('kessler', 'kesler')).toBe(1);
  });
  it('is symmetric and bounded by the length difference', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = damerau(a, b, 30);
        expect(d).toBe(damerau(b, a, 30));
        expect(d).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
        expect(d <= Math.max(a.length, b.length)).toBe(true);
      }),
    );
  });
});

it('slugs are id-safe', () => expect(slug('Volodymyr Zelenskyy')).toBe('volodymyr-zelenskyy'));
