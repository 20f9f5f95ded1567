import { describe, expect, it } from 'vitest';
import { SearchCorpus } from '../../../../../electron/services/search/corpus';
import type { SearchDoc } from '../../../../../electron/services/search/docs';

function doc(id: string, outlet: string): SearchDoc {
  return { id, path: id, title: id, day: '2025-12-01', date: '2025-12-01', outlet, segments: [[0, 1]] };
}

describe('search corpus numbering', () => {
  it('numbers reserved documents in reservation order, whatever order they are added in', () => {
    const c = new SearchCorpus();
    const ids = Array.from({ length: 5000 }, (_, i) => `f${String(i).padStart(5, '0')}.txt`);
    for (const id of ids) c.reserve(id);
    // Added last first: a number far past the facet arrays' capacity must still get its codes.
    for (const id of [...ids].reverse()) c.addDoc(doc(id, id === 'f04999.txt' ? 'Late Wire' : 'Wire'));
    expect(c.numberOf('f00000.txt')).toBe(0);
    expect(c.numberOf('f04999.txt')).toBe(4999);
    const all = c.fromIds(ids);
    expect(c.ids(all)).toEqual(ids);
    expect(c.countFacets(all).outlet).toEqual({ Wire: 4999, 'Late Wire': 1 });
    c.recycle();
  });
});
