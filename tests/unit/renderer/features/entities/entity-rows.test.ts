import { describe, expect, it } from 'vitest';
import type { EntitySummary } from '../../../../../shared/model/entity';
import {
  entityRows,
  entityTypeCounts,
  maxMentions,
  sortEntitiesInSlices,
  SYNC_ENTITY_SORT_LIMIT,
} from '../../../../../renderer/src/features/entities/entity-rows';

const entity = (id: string, patch: Partial<EntitySummary> = {}): EntitySummary => ({
  id,
  name: id,
  type: 'person',
  aliases: [{ text: id, mentions: 1 }],
  mentions: 1,
  documents: 1,
  ...patch,
});

const list = [
  entity('Kyiv', { type: 'place', mentions: 5, documents: 2 }),
  entity('Volodymyr Zelensky', {
    mentions: 9,
    documents: 3,
    aliases: [
      { text: 'Volodymyr Zelensky', mentions: 6 },
      { text: 'Zelenskyy', mentions: 3 },
    ],
  }),
  entity('NATO', { type: 'organisation', mentions: 5, documents: 4 }),
  entity('anna', { mentions: 1, documents: 1 }),
];

describe('entityRows', () => {
  it('sorts by mentions, then by name', () => {
    expect(entityRows(list, null, '', 'mentions').rows.map((e) => e.id)).toEqual([
      'Volodymyr Zelensky',
      'Kyiv',
      'NATO',
      'anna',
    ]);
  });

  it('sorts by documents and by name, ignoring case', () => {
    expect(entityRows(list, null, '', 'documents').rows.map((e) => e.id)).toEqual([
      'NATO',
      'Volodymyr Zelensky',
      'Kyiv',
      'anna',
    ]);
    expect(entityRows(list, null, '', 'name').rows.map((e) => e.id)).toEqual([
      'anna',
      'Kyiv',
      'NATO',
      'Volodymyr Zelensky',
    ]);
  });

  it('filters by type and by a query matching the name or any alias', () => {
    expect(entityRows(list, 'place', '', 'mentions').rows.map((e) => e.id)).toEqual(['Kyiv']);
    expect(entityRows(list, null, ' zelenskyy ', 'mentions').rows.map((e) => e.id)).toEqual([
      'Volodymyr Zelensky',
    ]);
    expect(entityRows(list, 'organisation', 'zel', 'mentions').rows).toEqual([]);
  });

  it('leaves the list it was given in its order', () => {
    const before = list.map((e) => e.id);
    entityRows(list, null, '', 'name');
    expect(list.map((e) => e.id)).toEqual(before);
  });
});

describe('a list too large to sort at once', () => {
  it('comes unsorted with sorting set, then sorted once sortEntitiesInSlices resolves', async () => {
    const big = Array.from({ length: SYNC_ENTITY_SORT_LIMIT + 500 }, (_, i) =>
      entity(`e${i}`, { mentions: (i * 37) % 101, type: i % 2 ? 'place' : 'person' }),
    );
    const before = entityRows(big, 'place', '', 'mentions');
    expect(before.sorting).toBe(true);
    expect(before.rows.map((e) => e.id)).toEqual(big.filter((e) => e.type === 'place').map((e) => e.id));
    await sortEntitiesInSlices(big, 'mentions');
    const after = entityRows(big, 'place', '', 'mentions');
    expect(after.sorting).toBe(false);
    const reference = big
      .filter((e) => e.type === 'place')
      .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
    expect(after.rows.map((e) => e.id)).toEqual(reference.map((e) => e.id));
  });
});

describe('maxMentions and entityTypeCounts', () => {
  it('finds the largest count of a list too long to spread into Math.max', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => entity(`e${i}`, { mentions: i % 1000 }));
    expect(maxMentions(many)).toBe(999);
    expect(maxMentions([])).toBe(1);
  });

  it('counts entities per type', () => {
    expect(entityTypeCounts(list)).toEqual({ all: 4, person: 2, place: 1, organisation: 1 });
  });
});
