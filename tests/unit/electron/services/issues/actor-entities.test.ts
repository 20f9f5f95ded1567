import { describe, expect, it } from 'vitest';
import type { BuiltModel } from '../../../../../electron/services/entities/build';
import type { EntityRecord } from '../../../../../electron/services/entities/types';
import {
  actorCandidates,
  actorIndex,
  resolveActor,
} from '../../../../../electron/services/issues/actor-entities';

function entity(
  id: string,
  type: EntityRecord['type'],
  name: string,
  aliases: string[],
  n = 3,
): EntityRecord {
  const mentions = Array.from({ length: n }, (_, i) => ({
    docId: 'a.txt',
    start: i * 10,
    end: i * 10 + 5,
    text: aliases[i % aliases.length] ?? name,
    name: aliases[i % aliases.length] ?? name,
    confidence: 1,
    source: 'rule',
  }));
  return { id, type, name, mentions, manual: false, hidden: false, extraAliases: [] };
}

function model(list: EntityRecord[], redirects: Array<[string, string]> = []): BuiltModel {
  const sorted = [...list].sort((a, b) => b.mentions.length - a.mentions.length);
  return {
    model: { entities: new Map(sorted.map((e) => [e.id, e])), redirects: new Map(redirects) },
    list: sorted,
    suggestions: [],
    docs: new Map(),
    byAlias: new Map(),
  };
}

const zelensky = entity('person-volodymyr-zelensky', 'person', 'Volodymyr Zelensky', [
  'Volodymyr Zelensky',
  'Zelensky',
]);
// A second spelling the analyst has not merged yet (a pending transliteration suggestion).
const zelenskyy = entity('person-zelenskyy', 'person', 'Zelenskyy', ['Zelenskyy'], 1);
const peskov = entity('person-dmitry-peskov', 'person', 'Dmitry Peskov', ['Dmitry Peskov', 'Peskov']);
const moscow = entity('place-moscow', 'place', 'Moscow', ['Moscow']);
const anna = entity('person-anna-lindqvist', 'person', 'Anna Lindqvist', ['Anna Lindqvist']);
const erik = entity('person-erik-lindqvist', 'person', 'Erik Lindqvist', ['Erik Lindqvist']);

describe('actors resolve to entities', () => {
  const index = actorIndex(model([zelensky, zelenskyy, peskov, moscow, anna, erik]));

  it.each([
    ['Zelensky', zelensky.id],
    ['Zelenskyy', zelensky.id],
    ['Zelenskiy', zelensky.id],
    ['Ukrainian President Volodymyr Zelensky', zelensky.id],
    ['President Zelenskyy', zelensky.id],
    ['Kremlin spokesman Dmitry Peskov', peskov.id],
    ['Peskov', peskov.id],
    ['Moscow', moscow.id],
  ])('"%s" is one entity', (name, id) => {
    expect(resolveActor(index, name)).toBe(id);
  });

  it.each([['European ministers'], ['Diplomats'], ['Lindqvist'], ['Ukrainian officials']])(
    '"%s" stays a raw name (no entity, or an ambiguous surname)',
    (name) => {
      expect(resolveActor(index, name)).toBeNull();
    },
  );

  it('groups a typo with the name a pending merge suggestion keeps', () => {
    const lavrov = entity('person-sergei-lavrov', 'person', 'Sergei Lavrov', ['Sergei Lavrov']);
    const typo = entity('person-sergei-lavorv', 'person', 'Sergei Lavorv', ['Sergei Lavorv'], 1);
    const built = model([lavrov, typo]);
    built.suggestions.push({
      id: 's1',
      kind: 'merge',
      entities: [lavrov.id, typo.id],
      names: ['Sergei Lavrov', 'Sergei Lavorv'],
      rule: 'typo',
      reason: 'one letter apart',
    });
    expect(resolveActor(actorIndex(built), 'Sergei Lavorv')).toBe(lavrov.id);
  });

  it('follows a merge to the entity that now holds the name', () => {
    const merged = actorIndex(model([zelensky, peskov], [['person-old-id', zelensky.id]]));
    expect(resolveActor(merged, 'Zelensky')).toBe(zelensky.id);
  });

  it('offers the resolved entity first, then name matches', () => {
    const c = actorCandidates(index, 'Zelenskyy');
    expect(c[0]).toMatchObject({ entityId: zelensky.id, resolved: true });
    expect(c.map((x) => x.entityId)).toContain(zelenskyy.id);
    expect(
      actorCandidates(index, 'lindq')
        .map((x) => x.name)
        .sort(),
    ).toEqual(['Anna Lindqvist', 'Erik Lindqvist']);
    expect(actorCandidates(index, '').length).toBeGreaterThan(3);
  });
});
