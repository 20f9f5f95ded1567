import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, isStopWord } from '../../../../../electron/services/search/analyzer';
import { phraseMatchesBrute } from '../../../../../electron/services/search/scan';
import { buildShard } from '../../../../../electron/services/search/shard-build';
import {
  CorruptShardError,
  decodeShard,
  encodeShard,
} from '../../../../../electron/services/search/shard-format';
import { phraseLeaf, termsLeaf } from '../../../../../electron/services/search/shard-query';
import { termIndexOf, unpackTerms } from '../../../../../electron/services/search/terms';
import { SAMPLE_FOLDER } from '../../../../support/temp';

// Fixture texts: the sample articles that are plain text (any language, furniture included: the shard
// indexes whatever body it is given).
const texts = readdirSync(SAMPLE_FOLDER)
  .filter((f) => /\.(txt|md)$/.test(f) && statSync(path.join(SAMPLE_FOLDER, f)).size > 200)
  .map((f) => readFileSync(path.join(SAMPLE_FOLDER, f), 'utf8'))
  .filter((t) => !t.includes('\u0000'))
  .slice(0, 20);
const inputs = texts.map((body, i) => ({ ref: `d${i}`, title: '', body, outlet: 'Wire' }));
const tokens = texts.map((t) => analyze(t));
// The shard under test went through the cache format and back (its terms packed, its postings checked
// on first use), as a query worker holds a reopened folder's shards.
const built = buildShard(inputs);
const shard = decodeShard(encodeShard(built));

function wordsOf(stems: string[], raws: string[]) {
  return stems.map((stem, i) => ({ stem, stop: isStopWord(raws[i] as string) }));
}

describe('phrases and proximity from stored positions', () => {
  it('has fixtures', () => {
    expect(texts.length).toBeGreaterThan(8);
  });

  it('match exactly the documents a brute-force scan of every token finds (property)', () => {
    const arb = fc.record({
      doc: fc.nat({ max: texts.length - 1 }),
      at: fc.nat(),
      len: fc.integer({ min: 1, max: 4 }),
      slop: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
      reverse: fc.boolean(),
      swapOne: fc.option(fc.nat(), { nil: null }),
    });
    fc.assert(
      fc.property(arb, ({ doc, at, len, slop, reverse, swapOne }) => {
        // Words taken from a document (stop words included), sometimes reversed or with one word taken
        // from another document, so that both matches and near misses are common.
        const t = tokens[doc]!;
        const start = at % Math.max(1, t.length - len);
        let picked = t.slice(start, start + len);
        if (reverse) picked = [...picked].reverse();
        if (swapOne !== null && picked.length) {
          const other = tokens[(doc + 1) % tokens.length]!;
          picked = [...picked];
          picked[swapOne % picked.length] = other[swapOne % other.length]!;
        }
        const stems = picked.map((p) => p.stem);
        const words = wordsOf(
          stems,
          picked.map((p) => p.raw),
        );
        const got = [...phraseLeaf(shard, words, slop, null).docs].map((d) => shard.refs[d]).sort();
        // The engine's candidates need every non-stop word scored in the document (title or body).
        const content = words.filter((w) => !w.stop).map((w) => w.stem);
        const expected = inputs
          .filter((_, i) => {
            const seq = tokens[i]!.map((x) => x.stem);
            const scored = new Set(tokens[i]!.filter((x) => !isStopWord(x.raw)).map((x) => x.stem));
            return content.every((c) => scored.has(c)) && phraseMatchesBrute(seq, stems, slop);
          })
          .map((d) => d.ref)
          .sort();
        expect(got).toEqual(expected);
      }),
      { numRuns: 400, seed: 5 },
    );
  });

  it('checks stop words inside a phrase exactly', () => {
    const s = buildShard([
      { ref: 'a', title: '', body: 'The talks on peace stalled.', outlet: '' },
      { ref: 'b', title: '', body: 'The talks at peace stalled.', outlet: '' },
    ]);
    const words = analyze('talks on peace').map((w) => ({ stem: w.stem, stop: isStopWord(w.raw) }));
    expect([...phraseLeaf(s, words, null, null).docs].map((d) => s.refs[d])).toEqual(['a']);
  });

  it('searches title positions for title: phrases', () => {
    const s = buildShard([
      { ref: 'a', title: 'Peace talks resume', body: 'Nothing here.', outlet: '' },
      { ref: 'b', title: 'Talks', body: 'peace talks in the body', outlet: '' },
    ]);
    const words = analyze('peace talks').map((w) => ({ stem: w.stem, stop: false }));
    expect([...phraseLeaf(s, words, null, 'title').docs].map((d) => s.refs[d])).toEqual(['a']);
    expect([...phraseLeaf(s, words, null, null).docs].map((d) => s.refs[d])).toEqual(['b']);
    expect([...termsLeaf(s, ['talk'], 'title').docs].map((d) => s.refs[d])).toEqual(['a', 'b']);
  });
});

describe('packed terms', () => {
  it('find every term and nothing else', () => {
    const terms = built.terms;
    terms.forEach((t, i) => expect(termIndexOf(shard, t)).toBe(i));
    for (const t of ['', 'zzzzzz', '0', `${terms[3]}x`, terms[5]!.slice(0, -1)])
      expect(termIndexOf(shard, t)).toBe(terms.indexOf(t));
  });
});

describe('shard cache format', () => {
  it('round-trips every array', () => {
    const built = buildShard(inputs);
    const back = decodeShard(encodeShard(built));
    expect(back.refs).toEqual(built.refs);
    expect(unpackTerms(back.packed!)).toEqual(built.terms);
    expect(back.vocab).toEqual(built.vocab);
    expect(back.vocabStems).toEqual(built.vocabStems);
    expect([...back.data]).toEqual([...built.data]);
    expect([...back.positions]).toEqual([...built.positions]);
    expect([...back.pDocs]).toEqual([...built.pDocs]);
  });

  it('refuses truncated or damaged files', () => {
    const bytes = encodeShard(buildShard(inputs));
    expect(() => decodeShard(bytes.subarray(0, bytes.length >> 1))).toThrow();
    expect(() => decodeShard(bytes.subarray(0, 6))).toThrow();
    const damaged = bytes.slice();
    // Overwrite the last quarter (positions and positional postings) with large values.
    damaged.fill(0xff, damaged.length - (damaged.length >> 2));
    expect(() => decodeShard(damaged)).toThrow();
  });

  it('leaves the words out when asked (the services thread has them from its words file)', () => {
    const back = decodeShard(encodeShard(buildShard(inputs)), { words: false });
    expect(back.vocab).toEqual([]);
    expect(back.refs).toHaveLength(inputs.length);
    expect(termsLeaf(back, ['wire'], 'outlet').docs.length).toBe(inputs.length);
  });

  // Postings are checked on a term's first use, not at load: damage the load checks cannot see must be
  // caught before a damaged posting is used, and only that term's use fails.
  function damagedAt(pick: (s: ReturnType<typeof decodeShard>, t: number) => void) {
    const built = buildShard(inputs);
    const bytes = encodeShard(built);
    // Decoded from a buffer of its own, the arrays are views into `bytes`: writing them damages the file.
    const t = built.terms.findIndex((_, i) => {
      const from = built.offsets[4 * i + 1] as number;
      return (built.offsets[4 * i + 2] as number) - from >= 4 && !isStopWord(built.terms[i] as string);
    });
    expect(t).toBeGreaterThanOrEqual(0);
    pick(decodeShard(bytes), t);
    return {
      shard: decodeShard(bytes),
      term: built.terms[t] as string,
      other: built.terms[(t + 1) % built.terms.length] as string,
    };
  }

  it('refuses a damaged document index on the first use of its term', () => {
    const { shard: s, term } = damagedAt((v, t) => {
      v.data[(v.offsets[4 * t + 1] as number) + 2] = 1_000_000;
    });
    expect(() => termsLeaf(s, [term], null)).toThrow(CorruptShardError);
    expect(() => termsLeaf(s, [term], null)).toThrow(CorruptShardError);
  });

  it('refuses damaged position offsets on the first phrase over the term', () => {
    const {
      shard: s,
      term,
      other,
    } = damagedAt((v, t) => {
      const at = v.pOffsets[2 * t + 1] as number;
      v.pStart[at + 1] = 0xffffffff;
    });
    // Another term's postings are fine and answer.
    expect(() => termsLeaf(s, [other], null)).not.toThrow();
    expect(() =>
      phraseLeaf(
        s,
        [
          { stem: term, stop: false },
          { stem: term, stop: false },
        ],
        null,
        null,
      ),
    ).toThrow(CorruptShardError);
  });
});
