import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../../../shared/model/document';
import {
  folderOf,
  libraryRows,
  outletCounts,
  visibleDocuments,
} from '../../../../../renderer/src/features/library/library-rows';
import { NO_CHIPS } from '../../../../../renderer/src/store/slices/library-slice';

const doc = (id: string, patch: Partial<DocumentSummary> = {}): DocumentSummary => ({
  id,
  path: id,
  story: 1,
  title: id,
  date: null,
  dateSource: 'none',
  outlet: 'unknown',
  dateline: null,
  format: 'txt',
  annotationCount: 0,
  duplicateGroup: null,
  copies: 1,
  ...patch,
});

const docs = [
  doc('live/b.txt', { title: 'Beta', date: '2025-12-02', outlet: 'Capital Post', annotationCount: 2 }),
  doc('a.txt', { title: 'alpha', date: '2025-11-20', outlet: 'Meridian Wire', copies: 2 }),
  doc('c.txt', { title: 'Gamma', date: null, outlet: 'Meridian Wire', encodingFlagged: true }),
  doc('wires/d.txt', { title: 'Delta', date: '2025-12-10T08:00:00Z', outlet: 'ABN News' }),
];

describe('visibleDocuments', () => {
  it('sorts newest first with undated last, and oldest first with undated last', () => {
    expect(visibleDocuments(docs, 'date-desc', '', NO_CHIPS).map((d) => d.title)).toEqual([
      'Delta',
      'Beta',
      'alpha',
      'Gamma',
    ]);
    expect(visibleDocuments(docs, 'date-asc', '', NO_CHIPS).map((d) => d.title)).toEqual([
      'alpha',
      'Beta',
      'Delta',
      'Gamma',
    ]);
  });

  it('sorts by title case-insensitively and by outlet', () => {
    expect(visibleDocuments(docs, 'title', '', NO_CHIPS).map((d) => d.title)).toEqual([
      'alpha',
      'Beta',
      'Delta',
      'Gamma',
    ]);
    expect(visibleDocuments(docs, 'outlet', '', NO_CHIPS)[0]?.outlet).toBe('ABN News');
  });

  it('filters by text and combines chips', () => {
    expect(visibleDocuments(docs, 'title', 'meridian', NO_CHIPS).map((d) => d.title)).toEqual([
      'alpha',
      'Gamma',
    ]);
    expect(
      visibleDocuments(docs, 'title', '', { ...NO_CHIPS, outlet: 'Meridian Wire', hasCopies: true }).map(
        (d) => d.title,
      ),
    ).toEqual(['alpha']);
    expect(
      visibleDocuments(docs, 'title', '', { ...NO_CHIPS, hasAnnotations: true }).map((d) => d.title),
    ).toEqual(['Beta']);
    expect(
      visibleDocuments(docs, 'date-asc', '', {
        ...NO_CHIPS,
        dateFrom: '2025-12-01',
        dateTo: '2025-12-10',
      }).map((d) => d.title),
    ).toEqual(['Beta', 'Delta']);
    expect(
      visibleDocuments(docs, 'title', '', { ...NO_CHIPS, encodingFlagged: true }).map((d) => d.title),
    ).toEqual(['Gamma']);
  });

  it('does not mutate its input', () => {
    const copy = [...docs];
    visibleDocuments(docs, 'title', '', NO_CHIPS);
    expect(docs).toEqual(copy);
  });
});

describe('libraryRows', () => {
  it('groups by folder with headings and counts', () => {
    const rows = libraryRows(visibleDocuments(docs, 'title', '', NO_CHIPS), true);
    expect(rows.map((r) => (r.kind === 'folder' ? `[${r.folder}:${r.count}]` : r.doc.title))).toEqual([
      '[:2]',
      'alpha',
      'Gamma',
      '[live:1]',
      'Beta',
      '[wires:1]',
      'Delta',
    ]);
  });

  it('folderOf and outletCounts', () => {
    expect(folderOf('a/b/c.txt')).toBe('a/b');
    expect(folderOf('c.txt')).toBe('');
    expect(outletCounts(docs)[0]).toEqual({ outlet: 'Meridian Wire', count: 2 });
  });

  it('sorts 100k rows (the library size the workbench is built for)', () => {
    const many = Array.from({ length: 100_000 }, (_, i) =>
      doc(`f${i % 50}/doc-${i}.txt`, {
        title: `Title ${(i * 7919) % 100_000}`,
        date: `2025-${String((i % 12) + 1).padStart(2, '0')}-01`,
      }),
    );
    const sorted = visibleDocuments(many, 'title', '', NO_CHIPS);
    expect(sorted.length).toBe(100_000);
    expect(libraryRows(sorted, true).length).toBe(100_050);
  });
});
