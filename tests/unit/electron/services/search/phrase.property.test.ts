import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../../electron/services/search/analyzer';
import {
  compressedStems,
  findPhrase,
  findPhraseStems,
  phraseMatchesBrute,
  wordsRegex,
} from '../../../../../electron/services/search/scan';
import { SAMPLE_FOLDER } from '../../../../support/temp';

// Fixture texts: the sample articles that are plain UTF-8 text.
const texts = readdirSync(SAMPLE_FOLDER)
  .filter((f) => f.endsWith('.txt') && statSync(path.join(SAMPLE_FOLDER, f)).size > 200)
  .map((f) => readFileSync(path.join(SAMPLE_FOLDER, f), 'utf8'))
  .filter((t) => !t.includes('\u0000'))
  .slice(0, 12);
const docs = texts.map((t) => analyze(t));

describe('phrase and proximity scan', () => {
  it('has fixtures', () => {
    expect(docs.length).toBeGreaterThan(5);
  });

  it('equals a brute-force reference over the fixture texts (property)', () => {
    const arb = fc
      .record({
        doc: fc.nat({ max: docs.length - 1 }),
        at: fc.nat(),
        len: fc.integer({ min: 1, max: 4 }),
        slop: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
        shuffle: fc.boolean(),
        swapOne: fc.option(fc.nat(), { nil: null }),
      })
      .map((r) => {
        const tokens = docs[r.doc]!;
        // Words taken from the document itself (so matches are common), sometimes shuffled or with one
        // word replaced by a word from elsewhere (so non-matches are common too).
        const start = r.at % Math.max(1, tokens.length - r.len);
        let words = tokens.slice(start, start + r.len).map((t) => t.stem);
        if (r.shuffle) words = [...words].reverse();
        if (r.swapOne !== null && words.length) {
          const other = docs[(r.doc + 1) % docs.length]!;
          words[r.swapOne % words.length] = other[r.swapOne % other.length]!.stem;
        }
        return { tokens, words, slop: r.slop };
      });
    fc.assert(
      fc.property(arb, ({ tokens, words, slop }) => {
        const fast =
          findPhrase(
            tokens,
            words.map((stem) => ({ stem })),
            slop,
          ).length > 0;
        const brute = phraseMatchesBrute(
          tokens.map((t) => t.stem),
          words,
          slop,
        );
        return fast === brute;
      }),
      { numRuns: 400, seed: 7 },
    );
  });

  it('finds exact phrase positions in order only', () => {
    const t = analyze('peace talks resumed; talks on peace stalled');
    expect(findPhrase(t, [{ stem: 'peac' }, { stem: 'talk' }], null)).toEqual([[0, 1]]);
    expect(findPhrase(t, [{ stem: 'peac' }, { stem: 'talk' }], 1).length).toBeGreaterThanOrEqual(2);
  });

  it('counts repeated words in proximity as a multiset', () => {
    const t = analyze('talks and more talks');
    expect(findPhrase(t, [{ stem: 'talk' }, { stem: 'talk' }], 2)).toEqual([[0, 3]]);
    expect(findPhrase(t, [{ stem: 'talk' }, { stem: 'talk' }], 1)).toEqual([]);
  });
});

describe('plain-text phrase scan (regex over surface forms, capped gaps)', () => {
  it('agrees with the full token scan on fixture texts (property)', () => {
    const plain = texts.filter((t) => !/[\u00c0-\uffff]/.test(t.replace(/[\u2000-\u206f]/g, ''))).slice(0, 6);
    expect(plain.length).toBeGreaterThan(0);
    const arb = fc.record({
      doc: fc.nat({ max: plain.length - 1 }),
      at: fc.nat(),
      len: fc.integer({ min: 1, max: 3 }),
      slop: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
      reverse: fc.boolean(),
    });
    fc.assert(
      fc.property(arb, ({ doc, at, len, slop, reverse }) => {
        const text = plain[doc]!;
        const tokens = analyze(text);
        const start = at % Math.max(1, tokens.length - len);
        let words = tokens.slice(start, start + len).map((t) => t.stem);
        if (reverse) words = [...words].reverse();
        const sdoc = {
          id: 'd',
          path: 'd',
          title: '',
          day: null,
          date: null,
          outlet: '',
          segments: [[0, text.length]] as [number, number][],
        };
        const stemOfRaw = new Map<string, string>();
        for (const t of tokens) if (words.includes(t.stem)) stemOfRaw.set(t.raw, t.stem);
        const seq = compressedStems(
          sdoc,
          text,
          stemOfRaw,
          wordsRegex([...stemOfRaw.keys()]),
          (slop ?? 0) + 1,
        );
        const fast = findPhraseStems(seq, words, slop).length > 0;
        const full =
          findPhrase(
            tokens,
            words.map((stem) => ({ stem })),
            slop,
          ).length > 0;
        return fast === full;
      }),
      { numRuns: 300, seed: 3 },
    );
  });
});
