import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntitySummary, Suggestion } from '../../../../../shared/model/entity';
import { labels, openCopy } from './support';

// Clusters and suggestions on the hand-written fixtures (tests/fixtures/entities), as the service
// answers them through the contract.
let entities: EntitySummary[] = [];
let suggestions: Suggestion[] = [];
let cleanup: () => Promise<void> = async () => undefined;

beforeAll(async () => {
  const opened = await openCopy();
  cleanup = opened.cleanup;
  ({ entities, suggestions } = await opened.client.call('entities.list', {}));
});
afterAll(() => cleanup());

const byName = (name: string) => entities.find((e) => e.name === name);
const aliasTexts = (e: EntitySummary | undefined) => (e?.aliases ?? []).map((a) => a.text).sort();

describe('clusters on the fixtures', () => {
  it.each(labels().clusters.map((c) => [c.name, c]))('%s', (_name, c) => {
    const e = byName(c.name);
    expect(e, `no entity named ${c.name}`).toBeDefined();
    expect(e?.type).toBe(c.type);
    expect(aliasTexts(e)).toEqual([...c.aliases].sort());
  });

  it('resolves a titled surname ("Mr Umarov") and a bare surname to the full name', () => {
    const umarov = byName('Rustem Umarov');
    expect(umarov?.aliases.find((a) => a.text === 'Umarov')?.mentions).toBe(2);
    expect(entities.some((e) => e.name === 'Umarov')).toBe(false);
  });

  it('resolves a surname alone in one document to the full name used elsewhere in the corpus', () => {
    // 03-frontline-renamed.txt only says "Zelenskiy"; 06 says "Volodymyr Zelenskiy".
    expect(byName('Volodymyr Zelenskiy')?.documents).toBe(2);
  });

  it('keeps credits, agencies, weekdays, demonyms and look-alike words out', () => {
    const all = new Set(entities.flatMap((e) => [e.name, ...e.aliases.map((a) => a.text)]));
    for (const word of labels().nonEntities) expect(all.has(word), word).toBe(false);
  });
});

describe('merge suggestions on the fixtures', () => {
  it.each(labels().suggestions.map((s) => [`${s.rule}: ${s.names.join(' / ')}`, s]))('%s', (_n, expected) => {
    const s = suggestions.find((x) => [...x.names].sort().join('|') === [...expected.names].sort().join('|'));
    expect(s, `missing suggestion ${expected.names.join(' / ')}`).toBeDefined();
    expect(s?.rule).toBe(expected.rule);
    expect(s?.reason.length).toBeGreaterThan(20);
  });

  it('shows the reason in words the analyst can check', () => {
    const typo = suggestions.find((s) => s.rule === 'typo');
    expect(typo?.reason).toMatch(/"Sergei Lavorv" \(once, 1 doc\) is one letter from "Sergei Lavrov"/);
    const renamed = suggestions.find((s) => s.names.includes('Artemovsk'));
    expect(renamed?.reason).toContain('the text says "Bakhmut, which Russia calls Artemovsk"');
    expect(renamed?.names[0]).toBe('Bakhmut');
    const translit = suggestions.find((s) => s.names.includes('Volodymyr Zelenskyy'));
    expect(translit?.reason).toContain('transliteration');
  });

  it('suggests nothing the labels do not expect', () => {
    expect(suggestions).toHaveLength(labels().suggestions.length);
  });
});
