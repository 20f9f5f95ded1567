import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergePhraseKeys } from '../../../../../electron/services/issues/suggest';

type Topic = { topic: string; topicLabel: string };

/**
 * The former pairwise grouping, kept as the slow reference: every key tests every shorter key. The
 * indexed version must give exactly this map, in the same order.
 */
function mergePhraseKeysReference(detections: readonly Topic[]): Map<string, Topic> {
  const labels = new Map<string, string>();
  for (const d of detections) if (d.topic.startsWith('phrase:')) labels.set(d.topic, d.topicLabel);
  const words = (k: string) => k.slice('phrase:'.length).split('-');
  const keys = [...labels.keys()].sort((a, b) => words(a).length - words(b).length || (a < b ? -1 : 1));
  const out = new Map<string, Topic>();
  for (const k of keys) {
    const kw = words(k).join(' ');
    const into = keys.find(
      (s) =>
        s !== k &&
        words(s).length >= 2 &&
        words(s).length < words(k).length &&
        ` ${kw} `.includes(` ${words(s).join(' ')} `),
    );
    if (into) out.set(k, out.get(into) ?? { topic: into, topicLabel: labels.get(into) ?? into });
  }
  return out;
}

/** Few distinct words, so that shorter phrases often stand inside longer ones. */
const word = fc.constantFrom('state', 'aid', 'rule', 'fishing', 'quota', 'gas', 'price', 'cap', 'of');
/** Words as no detector writes them (spaces, empty, hyphen-free oddities): the two must still agree. */
const oddWord = fc.oneof(word, fc.constantFrom('', ' ', 'a b', 'state aid', ' aid', 'rule '));

const topics = (w: fc.Arbitrary<string>) =>
  fc.array(
    fc.oneof(
      fc
        .array(w, { minLength: 1, maxLength: 6 })
        .map((ws) => ({ topic: `phrase:${ws.join('-')}`, topicLabel: ws.join(' ') })),
      fc.constantFrom('territory', 'sanctions', 'elections').map((k) => ({ topic: k, topicLabel: k })),
    ),
    { maxLength: 60 },
  );

const entries = (m: Map<string, Topic>) => [...m.entries()];

describe('mergePhraseKeys against the pairwise reference', () => {
  it('groups detector-like phrase keys exactly as the reference does', () => {
    fc.assert(
      fc.property(topics(word), (ds) => {
        expect(entries(mergePhraseKeys(ds))).toEqual(entries(mergePhraseKeysReference(ds)));
      }),
      { numRuns: 500 },
    );
  });

  it('agrees on words with spaces or empty words too', () => {
    fc.assert(
      fc.property(topics(oddWord), (ds) => {
        expect(entries(mergePhraseKeys(ds))).toEqual(entries(mergePhraseKeysReference(ds)));
      }),
      { numRuns: 500 },
    );
  });

  it('merges a long phrase into the shortest shared one of two or more words', () => {
    const merged = mergePhraseKeys([
      { topic: 'phrase:enforcement-state-aid-rule', topicLabel: 'enforcement of state aid rule' },
      { topic: 'phrase:state-aid-rule', topicLabel: 'state aid rule' },
      { topic: 'phrase:state-aid', topicLabel: 'state aid' },
      { topic: 'phrase:aid', topicLabel: 'aid' },
    ]);
    expect(merged.get('phrase:enforcement-state-aid-rule')).toEqual({
      topic: 'phrase:state-aid',
      topicLabel: 'state aid',
    });
    expect(merged.get('phrase:state-aid-rule')?.topic).toBe('phrase:state-aid');
    expect(merged.has('phrase:state-aid')).toBe(false);
  });
});
