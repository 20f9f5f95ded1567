import { describe, expect, it } from 'vitest';
import { Vocabulary } from '../../../../../electron/services/search/vocabulary';

function words(n: number, prefix: string): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}${(i * 7919) % n}`);
}

describe('vocabulary', () => {
  it('keeps every word once, sorted, across chunks that overlap, interleave and exceed a merge', () => {
    const v = new Vocabulary();
    const chunks = [
      words(25_000, 'b'),
      words(300, 'a'),
      words(30_000, 'b'),
      ['zz', 'aa', 'mm'],
      words(5, 'c'),
    ];
    for (const c of chunks) v.add(c, []);
    const expected = [...new Set(chunks.flat())].sort();
    expect(v.words()).toEqual(expected);
    expect(v.size).toBe(expected.length);
    v.add(['ab', 'b1'], []);
    expect(v.words()).toEqual([...new Set([...expected, 'ab'])].sort());
  });

  it('snapshots the words and the stems that differ, which restore the same expansions', () => {
    const v = new Vocabulary();
    v.add(['talks', 'talk', 'envoys', 'envoy'], ['talk', '', 'envoy', '']);
    const saved = v.snapshot();
    expect(saved.words).toEqual(['envoy', 'envoys', 'talk', 'talks']);
    expect(saved.stems.sort()).toEqual([
      ['envoys', 'envoy'],
      ['talks', 'talk'],
    ]);
    const back = new Vocabulary();
    const stemOf = new Map(saved.stems);
    back.add(
      saved.words,
      saved.words.map((w) => stemOf.get(w) ?? ''),
    );
    expect(back.rawsOf('talk').sort()).toEqual(['talk', 'talks']);
    expect(back.wildcard('env*', 10)).toEqual(['envoy', 'envoys']);
    expect(back.fuzzy('tlak', 2, 10)).toEqual(v.fuzzy('tlak', 2, 10));
  });
});
