import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DossierError } from '../../../../../electron/services/errors';
import { explain } from '../../../../../electron/services/search/query/explain';
import { parseQuery } from '../../../../../electron/services/search/query/parse';

const read = (q: string) => explain(parseQuery(q)).text;

function badAt(q: string): { pos: number; message: string } {
  try {
    parseQuery(q);
  } catch (e) {
    expect(e).toBeInstanceOf(DossierError);
    expect((e as DossierError).code).toBe('bad_query');
    const m = /at position (\d+)/.exec((e as Error).message);
    expect(m).not.toBeNull();
    return { pos: Number(m![1]), message: (e as Error).message };
  }
  throw new Error(`expected "${q}" to be rejected`);
}

describe('query parser', () => {
  it('ANDs terms by default and stems them', () => {
    expect(read('presidents talks')).toBe('presid AND talk');
    expect(read('a AND b')).toBe('a AND b');
  });
  it('reads OR looser than AND, and parentheses', () => {
    expect(read('x y OR z')).toBe('(x AND y) OR z');
    expect(read('x (y OR z)')).toBe('x AND (y OR z)');
    expect(read('x || y && z')).toBe('x OR (y AND z)');
  });
  it('reads NOT, - and +', () => {
    expect(read('x NOT y')).toBe('x AND NOT y');
    expect(read('x -y')).toBe('x AND NOT y');
    expect(read('+x +y')).toBe('x AND y');
    expect(read('NOT (x OR y)')).toBe('NOT (x OR y)');
    expect(read('well-known')).toBe('"well known"');
  });
  it('reads phrases and proximity', () => {
    expect(parseQuery('"peace talks"')).toMatchObject({
      type: 'phrase',
      slop: null,
      words: [{ stem: 'peac' }, { stem: 'talk' }],
    });
    expect(parseQuery('"peace talks"~5')).toMatchObject({ type: 'phrase', slop: 5 });
    expect(read('U.S.')).toBe('"u s"');
  });
  it('reads wildcards and fuzzy terms', () => {
    expect(parseQuery('sanction*')).toMatchObject({ type: 'term', wildcard: true, raw: 'sanction*' });
    expect(parseQuery('wom?n')).toMatchObject({ type: 'term', wildcard: true, raw: 'wom?n' });
    expect(parseQuery('zelensky~2')).toMatchObject({ type: 'term', fuzzy: 2, raw: 'zelensky' });
    expect(parseQuery('zelensky~')).toMatchObject({ type: 'term', fuzzy: 1 });
    expect(parseQuery('Kyïv')).toMatchObject({ type: 'term', raw: 'kyiv' });
  });
  it('reads /regex/', () => {
    expect(parseQuery('/\\d{3} km/')).toMatchObject({ type: 'regex', source: '\\d{3} km' });
  });
  it('reads every field', () => {
    expect(parseQuery('title:Kyiv')).toMatchObject({ type: 'term', field: 'title', stem: 'kyiv' });
    expect(parseQuery('title:"peace talks"')).toMatchObject({ type: 'phrase', field: 'title' });
    expect(parseQuery('outlet:"Meridian Wire"')).toMatchObject({
      type: 'filter',
      field: 'outlet',
      value: 'Meridian Wire',
    });
    expect(parseQuery('in:"wires/sub"')).toMatchObject({ type: 'filter', field: 'in', value: 'wires/sub' });
    expect(parseQuery('entity:"Zelensky"')).toMatchObject({ type: 'filter', field: 'entity' });
    expect(parseQuery('tag:sanctions')).toMatchObject({ type: 'filter', field: 'tag', value: 'sanctions' });
    expect(parseQuery('issue:"ceasefire terms"')).toMatchObject({ type: 'filter', field: 'issue' });
    expect(parseQuery('has:annotation')).toMatchObject({ type: 'filter', field: 'has', value: 'annotation' });
  });
  it('reads dates: day, month, year, ranges and comparisons', () => {
    expect(parseQuery('date:2025-12-01..2025-12-05')).toMatchObject({ from: '2025-12-01', to: '2025-12-05' });
    expect(parseQuery('date:>=2025-12-02')).toMatchObject({ from: '2025-12-02', to: null });
    expect(parseQuery('date:>2025-12-02')).toMatchObject({ from: '2025-12-03', to: null });
    expect(parseQuery('date:<2025-12-01')).toMatchObject({ from: null, to: '2025-11-30' });
    expect(parseQuery('date:<=2025-12')).toMatchObject({ from: null, to: '2025-12-31' });
    expect(parseQuery('date:2024-02')).toMatchObject({ from: '2024-02-01', to: '2024-02-29' });
    expect(parseQuery('date:2025')).toMatchObject({ from: '2025-01-01', to: '2025-12-31' });
    expect(parseQuery('date:..2025-12-05')).toMatchObject({ from: null, to: '2025-12-05' });
  });
  it('marks stop words and explains them', () => {
    const e = explain(parseQuery('the'));
    expect(e.notes.join(' ')).toMatch(/too common/);
  });
  it('treats an empty query as all documents', () => {
    expect(parseQuery('   ')).toEqual({ type: 'all' });
  });

  it.each([
    ['"open phrase', 1, /never closed/],
    ['(a OR b', 1, /never closed/],
    ['a OR b)', 7, /no matching/],
    ['a OR', 3, /both sides/],
    ['AND a', 1, /unexpected/],
    ['a AND', 3, /both sides/],
    ['x NOT', 3, /followed/],
    ['()', 1, /empty/],
    ['foo:bar', 1, /unknown field/],
    ['title: x', 7, /no value/],
    ['date:2025-13-01', 6, /no month/],
    ['date:2025-02-30', 6, /not a day/],
    ['date:yesterday', 6, /not a date/],
    ['date:2025-12-05..2025-12-01', 6, /starts after/],
    ['x~3', 2, /~1 or ~2/],
    ['"a b"~x', 6, /needs a number/],
    ['/unclosed', 1, /never closed/],
    ['/(a+)+/', 1, /repeats a repeated group/],
    ['/(a/', 1, /invalid/],
    ['/(x)\\1/', 1, /backreferences/],
    ['*', 1, /at least one letter/],
    ['pre*~1', 1, /both a wildcard and fuzzy/],
    ['""', 1, /no words/],
  ])('rejects %s with a bad_query naming the position', (q, pos, message) => {
    const r = badAt(q);
    expect(r.pos).toBe(pos);
    expect(r.message).toMatch(message);
  });

  it('rejects an overlong query', () => {
    expect(badAt('a '.repeat(2500)).message).toMatch(/longer than/);
  });

  it('never throws anything but bad_query on random input (property)', () => {
    const piece = fc.constantFrom(
      'a',
      'b',
      ' ',
      '"',
      '(',
      ')',
      '~',
      '*',
      '?',
      '/',
      '-',
      '+',
      ':',
      'AND',
      'OR',
      'NOT',
      '1',
      '.',
      'date:',
      'title:',
      '\\',
      '..',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        const q = parts.join('');
        try {
          parseQuery(q);
        } catch (e) {
          return e instanceof DossierError && e.code === 'bad_query' && /at position \d+/.test(e.message);
        }
        return true;
      }),
      { numRuns: 3000, seed: 42 },
    );
  });
});
