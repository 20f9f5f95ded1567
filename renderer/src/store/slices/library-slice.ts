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

/**
 * Rows per documents.list page: small enough that building, checking and sending one page is a short
 * piece of work for the services and parsing it a short task here (a 100k library in one reply was
 * tens of MB: seconds on both sides).
 */
export const LIBRARY_PAGE = 2000;

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
  /** True while the rest of a large library is still arriving page by page (the first page is shown). */
  libraryPartial: boolean;
  /** Bumped when a large list finished sorting in the background (the library's selector re-runs). */
  librarySortedTick: number;
  librarySorted(): void;
  loadLibrary(): Promise<void>;
  setLibrarySort(sort: LibrarySort): void;
  setLibraryFilter(text: string): void;
  setLibraryChips(patch: Partial<LibraryChips>): void;
  setGroupByFolder(on: boolean): void;
}

/** The library slice. */
export const createLibrarySlice = (
  client: DossierClient,
): StateCreator<WorkbenchState, [], [], LibrarySlice> => {
  // The newest loadLibrary call: an older one still paging stops when a newer one starts.
  let loads = 0;
  return (set, get) => ({
    documents: [],
    librarySort: 'date-desc',
    libraryFilter: '',
    libraryChips: NO_CHIPS,
    groupByFolder: false,
    libraryError: null,
    libraryLoaded: false,
    libraryPartial: false,
    librarySortedTick: 0,
    librarySorted: () => set((s) => ({ librarySortedTick: s.librarySortedTick + 1 })),
    async loadLibrary() {
      const token = ++loads;
      try {
        const first = await client.call('documents.list', { offset: 0, limit: LIBRARY_PAGE });
        if (token !== loads) return;
        // A fresh folder shows its first page at once; a reload keeps the old list until the new one is whole.
        const showFirst =
          first.length === LIBRARY_PAGE && (!get().libraryLoaded || get().documents.length === 0);
        if (showFirst)
          set({ documents: first, libraryError: null, libraryLoaded: true, libraryPartial: true });
        // A new array: the first page may be in the store, and rows there are never mutated.
        const all = [...first];
        for (let page = first; page.length === LIBRARY_PAGE;) {
          page = await client.call('documents.list', { offset: all.length, limit: LIBRARY_PAGE });
          if (token !== loads) return;
          for (const d of page) all.push(d);
        }
        // One store update for the whole list: one sort and one render, not one per page.
        set({ documents: all, libraryError: null, libraryLoaded: true, libraryPartial: false });
      } catch (e) {
        if (token === loads)
          set({ libraryError: errorMessage(e), libraryLoaded: true, libraryPartial: false });
      }
    },
    setLibrarySort: (librarySort) => set({ librarySort }),
    setLibraryFilter: (libraryFilter) => set({ libraryFilter }),
    setLibraryChips: (patch) => set((s) => ({ libraryChips: { ...s.libraryChips, ...patch } })),
    setGroupByFolder: (groupByFolder) => set({ groupByFolder }),
  });
};
