import type { StateCreator } from 'zustand';
import type { SavedSearch, SearchHit, SearchResult } from '../../../../shared/model/search';
import type { DossierClient } from '../../client';
import type { WorkbenchState } from '../create-store';
import { errorMessage } from '../errors';

/** Pause after the last keystroke before a query runs (search as you type). */
export const SEARCH_DEBOUNCE_MS = 180;
const PAGE = 100;
const PARTIAL_RETRY_MS = 700;

/** Corpus search, hit navigation in the reader, and find-in-document. */
export interface SearchSlice {
  searchQuery: string;
  /** Filter chips (query clauses ANDed with the query), in the order they were added. */
  searchFilters: string[];
  searchResult: SearchResult | null;
  /** Every hit loaded so far (pages appended as the list scrolls). */
  searchHits: SearchHit[];
  searchError: string | null;
  searchBusy: boolean;
  searchHistory: string[];
  savedSearches: SavedSearch[];
  /** The hit the reader shows as current: document and index into its matches. */
  currentHit: { docId: string; index: number } | null;
  findOpen: boolean;
  findText: string;
  findIndex: number;
  setSearchQuery(query: string): void;
  /** Runs the query now (Enter): records it in history. */
  submitSearch(): void;
  addSearchFilter(clause: string): void;
  removeSearchFilter(clause: string): void;
  loadMoreHits(): Promise<void>;
  loadSearchLists(): Promise<void>;
  saveSearch(name: string): Promise<void>;
  deleteSavedSearch(name: string): Promise<void>;
  applySavedSearch(s: SavedSearch): void;
  /** Opens a hit's document and marks its first match as current. */
  openHit(id: string, paneIndex?: number): Promise<void>;
  /** Moves the current hit by `delta` within the active document (wraps). */
  stepHit(delta: 1 | -1): void;
  setFindOpen(open: boolean): void;
  setFindText(text: string): void;
  stepFind(delta: 1 | -1): void;
}

let timer: ReturnType<typeof setTimeout> | null = null;
let seq = 0;

/** The search slice. */
export const createSearchSlice =
  (client: DossierClient): StateCreator<WorkbenchState, [], [], SearchSlice> =>
  (set, get) => {
    /** Runs the current query; replies to older runs are dropped (only the newest `seq` lands). */
    const run = async (record: boolean) => {
      if (timer) clearTimeout(timer);
      timer = null;
      const mine = ++seq;
      const { searchQuery: query, searchFilters: filters } = get();
      if (!query.trim() && filters.length === 0) {
        set({ searchResult: null, searchHits: [], searchError: null, searchBusy: false });
        return;
      }
      set({ searchBusy: true });
      try {
        const result = await client.call('search.query', {
          query,
          filters,
          offset: 0,
          limit: PAGE,
          record,
          wait: false,
        });
        if (mine !== seq) return;
        set({ searchResult: result, searchHits: result.hits, searchError: null, searchBusy: false });
        // While shards are still building the answer is partial: ask again shortly (same query, same seq
        // rules), so results fill in without the analyst retyping.
        if (result.partial && !timer) timer = setTimeout(() => void run(false), PARTIAL_RETRY_MS);
        if (record) void get().loadSearchLists();
      } catch (e) {
        if (mine !== seq) return;
        set({ searchError: errorMessage(e), searchBusy: false });
      }
    };
    return {
      searchQuery: '',
      searchFilters: [],
      searchResult: null,
      searchHits: [],
      searchError: null,
      searchBusy: false,
      searchHistory: [],
      savedSearches: [],
      currentHit: null,
      findOpen: false,
      findText: '',
      findIndex: 0,
      setSearchQuery(query) {
        set({ searchQuery: query });
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => void run(false), SEARCH_DEBOUNCE_MS);
      },
      submitSearch: () => void run(true),
      addSearchFilter(clause) {
        if (get().searchFilters.includes(clause)) return;
        set((s) => ({ searchFilters: [...s.searchFilters, clause] }));
        void run(false);
      },
      removeSearchFilter(clause) {
        set((s) => ({ searchFilters: s.searchFilters.filter((f) => f !== clause) }));
        void run(false);
      },
      async loadMoreHits() {
        const { searchResult, searchHits, searchQuery, searchFilters } = get();
        if (!searchResult || searchHits.length >= searchResult.total) return;
        const mine = seq;
        const more = await client.call('search.query', {
          query: searchQuery,
          filters: searchFilters,
          offset: searchHits.length,
          limit: PAGE,
          record: false,
          wait: false,
        });
        if (mine === seq && get().searchHits.length === searchHits.length)
          set({ searchHits: [...searchHits, ...more.hits] });
      },
      async loadSearchLists() {
        try {
          const [history, saved] = await Promise.all([
            client.call('search.history', {}),
            client.call('search.saved.list', {}),
          ]);
          set({ searchHistory: history, savedSearches: saved });
        } catch (e) {
          get().setNotice(errorMessage(e));
        }
      },
      async saveSearch(name) {
        try {
          const saved = await client.call('search.saved.save', {
            name,
            query: get().searchQuery,
            filters: get().searchFilters,
          });
          set({ savedSearches: saved });
        } catch (e) {
          get().setNotice(errorMessage(e));
        }
      },
      async deleteSavedSearch(name) {
        try {
          set({ savedSearches: await client.call('search.saved.delete', { name }) });
        } catch (e) {
          get().setNotice(errorMessage(e));
        }
      },
      applySavedSearch(s) {
        set({ searchQuery: s.query, searchFilters: s.filters });
        void run(true);
      },
      async openHit(id, paneIndex) {
        set({ currentHit: { docId: id, index: 0 } });
        await get().openDocument(id, paneIndex);
        requestScroll();
      },
      stepHit(delta) {
        const s = get();
        const docId = s.panes[s.activePane]?.docId ?? null;
        const hit = docId ? s.searchHits.find((h) => h.id === docId) : undefined;
        if (!docId || !hit || hit.matches.length === 0) {
          s.setNotice('No search hits in this document.');
          return;
        }
        const at = s.currentHit?.docId === docId ? s.currentHit.index : -delta;
        const n = hit.matches.length;
        set({ currentHit: { docId, index: (((at + delta) % n) + n) % n } });
        requestScroll();
      },
      setFindOpen(open) {
        set({ findOpen: open, findIndex: 0 });
      },
      setFindText(text) {
        set({ findText: text, findIndex: 0 });
        requestScroll('.mark-find-current');
      },
      stepFind(delta) {
        set((s) => ({ findIndex: s.findIndex + delta }));
        requestScroll('.mark-find-current');
      },
    };
  };

/** After React paints, scrolls the active pane to the current hit (DOM contract: marks in `.pane.active`). */
function requestScroll(selector = '.mark-hit-current'): void {
  if (typeof requestAnimationFrame === 'undefined') return;
  let tries = 0;
  const attempt = () => {
    const el = document.querySelector(`.pane.active ${selector}`);
    if (el) el.scrollIntoView({ block: 'center' });
    else if (tries++ < 20) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
