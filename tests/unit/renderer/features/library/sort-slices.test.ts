import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../../../shared/model/document';
import {
  isSorted,
  sortDocuments,
  sortInSlices,
  SYNC_SORT_LIMIT,
  visibleDocuments,
} from '../../../../../renderer/src/features/library/library-rows';
import { mergeSortSteps, runInSlices } from '../../../../../renderer/src/features/library/sort-slices';
import { NO_CHIPS } from '../../../../../renderer/src/store/slices/library-slice';

const doc = (i: number, title: string, date: string | null): DocumentSummary => ({
  id: `d${i}.txt`,
  path: `d${i}.txt`,
  story: 1,
  title,
  date,
  dateSource: 'none',
  outlet: `Outlet ${i % 7}`,
  dateline: null,
  format: 'txt',
  annotationCount: 0,
  duplicateGroup: null,
  copies: 1,
});

describe('the merge sort in slices', () => {
  it('gives exactly what a stable Array.prototype.sort gives', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ k: fc.integer({ min: 0, max: 20 }), v: fc.nat() }), { maxLength: 3000 }),
        (xs) => {
          const cmp = (a: { k: number }, b: { k: number }) => a.k - b.k;
          const steps = mergeSortSteps(xs, cmp);
          let r = steps.next();
          while (!r.done) r = steps.next();
          expect(r.value).toEqual([...xs].sort(cmp));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('sorts a large library in slices to the same order as one sort', async () => {
    const words = ['peace', 'Talks', 'élan', 'zeta', 'Alpha', 'talks 10', 'talks 9'];
    const docs = Array.from({ length: SYNC_SORT_LIMIT + 1500 }, (_, i) =>
      doc(
        i,
        `${words[i % words.length]} ${i % 13}`,
        i % 5 === 0 ? null : `2025-12-${String((i % 28) + 1).padStart(2, '0')}`,
      ),
    );
    for (const sort of ['date-desc', 'title', 'outlet'] as const) {
      expect(isSorted(docs, sort)).toBe(false);
      await sortInSlices(docs, sort);
      expect(isSorted(docs, sort)).toBe(true);
      expect(visibleDocuments(docs, sort, '', NO_CHIPS)).toEqual(sortDocuments(docs, sort));
    }
    expect(await runInSlices(mergeSortSteps([3, 1, 2], (a, b) => a - b))).toEqual([1, 2, 3]);
  });
});

describe('typing a filter', () => {
  it('narrows from the previous result and widens again from every row, with the same rows as a fresh filter', () => {
    const docs = Array.from({ length: 300 }, (_, i) =>
      doc(i, `${['Kremlin', 'Kyiv', 'Geneva', 'Krem'][i % 4]} ${i}`, null),
    );
    const fresh = (needle: string) =>
      sortDocuments(docs, 'title').filter((d) => d.title.toLocaleLowerCase().includes(needle));
    for (const typed of ['k', 'kr', 'kre', 'krem', 'kreml', 'krem', 'k', '', 'ge', 'g', 'kyiv 1']) {
      expect(visibleDocuments(docs, 'title', typed, NO_CHIPS)).toEqual(fresh(typed));
    }
  });
});
