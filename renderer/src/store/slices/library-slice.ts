import type { StateCreator } from 'zustand';
import type { DocumentSummary } from '../../../../shared/model/document';
import type { DossierClient } from '../../client';
import type { WorkbenchState } from '../create-store';
import { errorMessage } from '../errors';

/** How the library is ordered. */
export type LibrarySort = 'date-desc' | 'date-asc' | 'title' | 'outlet' | 'path';

/** The list of documents, its order and filter. */
export interface LibrarySlice {
  documents: DocumentSummary[];
  librarySort: LibrarySort;
  libraryFilter: string;
  libraryError: string | null;
  loadLibrary(): Promise<void>;
  setLibrarySort(sort: LibrarySort): void;
  setLibraryFilter(text: string): void;
}

/** The library slice. */
export const createLibrarySlice =
  (client: DossierClient): StateCreator<WorkbenchState, [], [], LibrarySlice> =>
  (set) => ({
    documents: [],
    librarySort: 'date-desc',
    libraryFilter: '',
    libraryError: null,
    async loadLibrary() {
      try {
        set({ documents: await client.call('documents.list', {}), libraryError: null });
      } catch (e) {
        set({ libraryError: errorMessage(e) });
      }
    },
    setLibrarySort: (librarySort) => set({ librarySort }),
    setLibraryFilter: (libraryFilter) => set({ libraryFilter }),
  });

/** The library rows after filter and sort (memoise at the call site). */
export function visibleDocuments(
  docs: DocumentSummary[],
  sort: LibrarySort,
  filter: string,
): DocumentSummary[] {
  const needle = filter.trim().toLocaleLowerCase();
  const rows = needle
    ? docs.filter(
        (d) =>
          d.title.toLocaleLowerCase().includes(needle) ||
          d.outlet.toLocaleLowerCase().includes(needle) ||
          d.path.toLocaleLowerCase().includes(needle),
      )
    : [...docs];
  const byDate = (a: DocumentSummary, b: DocumentSummary) => (a.date ?? '').localeCompare(b.date ?? '');
  switch (sort) {
    case 'date-desc':
      return rows.sort((a, b) => byDate(b, a) || a.title.localeCompare(b.title));
    case 'date-asc':
      return rows.sort((a, b) => byDate(a, b) || a.title.localeCompare(b.title));
    case 'title':
      return rows.sort((a, b) => a.title.localeCompare(b.title));
    case 'outlet':
      return rows.sort((a, b) => a.outlet.localeCompare(b.outlet) || byDate(b, a));
    case 'path':
      return rows.sort((a, b) => a.id.localeCompare(b.id));
  }
}
