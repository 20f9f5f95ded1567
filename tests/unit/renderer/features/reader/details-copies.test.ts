import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../../../shared/model/document';
import { copiesOf } from '../../../../../renderer/src/features/reader/DetailsPanel';

const doc = (id: string, group: string | null): DocumentSummary => ({
  id,
  path: id.split('#')[0]!,
  story: 1,
  title: id,
  date: null,
  dateSource: 'none',
  outlet: 'unknown',
  dateline: null,
  format: 'txt',
  annotationCount: 0,
  duplicateGroup: group,
  copies: group ? 3 : 1,
});

describe('copiesOf', () => {
  it('lists the other members of the copy group in library order, from an index built once per list', () => {
    const docs = [doc('a.txt', 'a.txt'), doc('b.txt', null), doc('c.txt', 'a.txt'), doc('d.txt', 'a.txt')];
    expect(copiesOf(docs, docs[0]!).map((d) => d.id)).toEqual(['c.txt', 'd.txt']);
    expect(copiesOf(docs, docs[2]!).map((d) => d.id)).toEqual(['a.txt', 'd.txt']);
    expect(copiesOf(docs, docs[1]!)).toEqual([]);
    // A new list (the library reloaded) is indexed afresh.
    const next = [doc('a.txt', 'a.txt'), doc('c.txt', null)];
    expect(copiesOf(next, next[0]!)).toEqual([]);
  });
});
