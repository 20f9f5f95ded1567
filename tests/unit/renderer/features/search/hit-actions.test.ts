import { describe, expect, it } from 'vitest';
import {
  combinedQuery,
  gatherHits,
  GATHER_PAGE,
  stepHistory,
} from '../../../../../renderer/src/features/search/hit-actions';
import { checkedCount, isHitChecked } from '../../../../../renderer/src/features/search/search-actions-slice';
import type { SearchHit } from '../../../../../shared/model/search';

function hit(id: string, matches: Array<[number, number]>): SearchHit {
  return { id, path: id, title: id, date: null, outlet: '', score: 1, snippets: [], matches, aliases: [] };
}

/** A fake search over `n` documents, each with two matches, answering pages like search.query. */
function corpus(n: number) {
  const all = Array.from({ length: n }, (_, i) =>
    hit(`d${i}`, [
      [i, i + 3],
      [i + 10, i + 14],
    ]),
  );
  const calls: number[] = [];
  const fetchPage = async (offset: number, limit: number) => {
    calls.push(offset);
    return { total: n, hits: all.slice(offset, offset + limit) };
  };
  return { fetchPage, calls };
}

describe('gathering every hit of a query', () => {
  it('pages through the whole result, not just the loaded page', async () => {
    const { fetchPage, calls } = corpus(GATHER_PAGE * 2 + 5);
    const g = await gatherHits(fetchPage, () => true, null);
    expect(g.ids).toHaveLength(GATHER_PAGE * 2 + 5);
    expect(g.ranges).toHaveLength((GATHER_PAGE * 2 + 5) * 2);
    expect(g.documents).toBe(GATHER_PAGE * 2 + 5);
    expect(calls).toEqual([0, GATHER_PAGE, GATHER_PAGE * 2]);
    expect(g.ranges[1]).toEqual({ docId: 'd0', start: 10, end: 14 });
  });

  it('keeps only the checked documents and stops once all of them are found', async () => {
    const { fetchPage, calls } = corpus(GATHER_PAGE * 3);
    const wanted = new Set(['d1', 'd7']);
    const g = await gatherHits(fetchPage, (id) => wanted.has(id), wanted.size);
    expect(g.ids).toEqual(['d1', 'd7']);
    expect(g.ranges).toHaveLength(4);
    expect(calls).toEqual([0]);
  });

  it('ends on an empty page even if the total said more', async () => {
    const g = await gatherHits(
      async () => ({ total: 50, hits: [] }),
      () => true,
      null,
    );
    expect(g).toEqual({ ranges: [], documents: 0, ids: [] });
  });
});

describe('selection, history and export helpers', () => {
  it('counts "all but these" and "only these" selections', () => {
    expect(checkedCount({ all: true, ids: ['a'] }, 10)).toBe(9);
    expect(checkedCount({ all: false, ids: ['a', 'b'] }, 10)).toBe(2);
    expect(isHitChecked({ all: true, ids: ['a'] }, 'a')).toBe(false);
    expect(isHitChecked({ all: true, ids: ['a'] }, 'b')).toBe(true);
    expect(isHitChecked({ all: false, ids: ['a'] }, 'a')).toBe(true);
  });

  it('walks history like a shell: up to the oldest, down back to the draft, no wrapping', () => {
    expect(stepHistory(3, -1, 1)).toBe(0);
    expect(stepHistory(3, 2, 1)).toBe(2);
    expect(stepHistory(3, 0, -1)).toBe(-1);
    expect(stepHistory(3, -1, -1)).toBe(-1);
    expect(stepHistory(0, -1, 1)).toBe(-1);
  });

  it('joins the query and its chips so the chips still narrow an OR query', () => {
    expect(combinedQuery('a OR b', ['outlet:X'])).toBe('(a OR b) outlet:X');
    expect(combinedQuery(' peace ', [])).toBe('peace');
    expect(combinedQuery('', ['tag:x', 'date:2025'])).toBe('tag:x date:2025');
  });
});
