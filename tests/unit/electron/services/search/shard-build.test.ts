import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { indexTerms } from '../../../../../electron/services/search/analyzer';
import { buildShard, TITLE_BOOST, WEIGHT_SCALE } from '../../../../../electron/services/search/shard-build';

const docs = [
  {
    ref: 'a',
    title: 'Peace talks resume',
    body: 'Envoys said the peace talks would resume on Monday in Geneva. Talks, talks.',
    outlet: 'Meridian Wire',
  },
  {
    ref: 'b',
    title: 'Sanctions',
    body: 'Sanctions were extended as talks stalled; the envoy left.',
    outlet: 'Pacific Wire',
  },
  {
    ref: 'c',
    title: 'Monitors',
    body: 'Monitors counted the front line and urged a ceasefire in Geneva.',
    outlet: 'Danube Observer',
  },
];

describe('shard build', () => {
  it('gives exactly the weights lunr puts in its field vectors', () => {
    const idx = lunr(function () {
      this.pipeline.reset();
      this.searchPipeline.reset();
      this.ref('ref');
      this.field('title', { boost: TITLE_BOOST });
      this.field('body');
      this.field('outlet');
      for (const d of docs)
        this.add({
          ref: d.ref,
          title: indexTerms(d.title),
          body: indexTerms(d.body),
          outlet: indexTerms(d.outlet),
        });
    });
    const json = idx.toJSON() as unknown as {
      fieldVectors: [string, number[]][];
      invertedIndex: [string, { _index: number }][];
    };
    const termOf = new Map(json.invertedIndex.map(([t, p]) => [p._index, t]));
    const expected = new Map<string, number>();
    for (const [fieldRef, el] of json.fieldVectors)
      for (let i = 0; i < el.length; i += 2) expected.set(`${fieldRef}|${termOf.get(el[i]!)}`, el[i + 1]!);
    const built = buildShard(docs);
    const got = new Map<string, number>();
    const fields = ['title', 'body', 'outlet'];
    built.terms.forEach((t, i) => {
      for (let f = 0; f < 3; f++)
        for (let j = built.offsets[4 * i + f]!; j < built.offsets[4 * i + f + 1]!; j += 2)
          got.set(`${fields[f]}/${built.refs[built.data[j]!]}|${t}`, built.data[j + 1]! / WEIGHT_SCALE);
    });
    expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [k, v] of expected) expect(got.get(k), k).toBeCloseTo(v, 2);
  });

  it('keeps the folded surface vocabulary', () => {
    expect(buildShard(docs).vocab).toEqual(expect.arrayContaining(['talks', 'geneva', 'envoys', 'the']));
  });
});
