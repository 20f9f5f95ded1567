import type { StateCreator } from 'zustand';
import type { DocumentSummary } from '../../../../shared/model/document';
import type { DossierClient } from '../../client';
import type { WorkbenchState } from '../create-store';
import { errorMessage } from '../errors';

/** How the library is ordered. */
export type LibrarySort = 'date-desc' | 'date-asc' | 'title' | 'outlet' | 'path';

/** The filter chips above the list; all are combined with AND. */
export interface LibraryChips {
  outlet: string | null;
  /** Inclusive ISO date bounds (YYYY-MM-DD), compared on the document date's first 10 characters. */
  dateFrom: string | null;
  dateTo: string | null;
  hasAnnotations: boolean;
  /** Only documents that have copies elsewhere in the folder. */
  hasCopies: boolean;
  /** Only documents whose file's encoding was a weak guess (worth checking, maybe overriding). */
  encodingFlagged: boolean;
}

/** The chips with nothing selected. */
export const NO_CHIPS: LibraryChips = {
  outlet: null,
  dateFrom: null,
  dateTo: null,
  hasAnnotations: false,
  hasCopies: false,
  encodingFlagged: false,
};

/** The list of documents, its order, filter and grouping. */
export interface LibrarySlice {
  documents: DocumentSummary[];
  librarySort: LibrarySort;
  libraryFilter: string;
  libraryChips: LibraryChips;
  groupByFolder: boolean;
  libraryError: string | null;
  /** True once documents.list answered for the open folder (drives the e2e readiness flag). */
  libraryLoaded: boolean;
  loadLibrary(): Promise<void>;
  setLibrarySort(sort: LibrarySort): void;
  setLibraryFilter(text: string): void;
  setLibraryChips(patch: Partial<LibraryChips>): void;
  setGroupByFolder(on: boolean): void;
}

/** The library slice. */
export const createLibrarySlice =
  (client: DossierClient): StateCreator<WorkbenchState, [], [], LibrarySlice> =>
  (set) => ({
    documents: [],
    librarySort: 'date-desc',
    libraryFilter: '',
    libraryChips: NO_CHIPS,
    groupByFolder: false,
    libraryError: null,
    libraryLoaded: false,
    async loadLibrary() {
      try {
        set({ documents: await client.call('documents.list', {}), libraryError: null, libraryLoaded: true });
      } catch (e) {
        set({ libraryError: errorMessage(e), libraryLoaded: true });
      }
    },
    setLibrarySort: (librarySort) => set({ librarySort }),
    setLibraryFilter: (libraryFilter) => set({ libraryFilter }),
    setLibraryChips: (patch) => set((s) => ({ libraryChips: { ...s.libraryChips, ...patch } })),
    setGroupByFolder: (groupByFolder) => set({ groupByFolder }),
  });
