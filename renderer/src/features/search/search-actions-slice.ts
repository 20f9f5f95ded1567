import type { StateCreator } from 'zustand';
import type { DossierClient } from '../../client';
import type { WorkbenchState } from '../../store/create-store';
import { errorMessage } from '../../store/errors';
import { MAX_PANES } from '../../store/slices/reader-slice';
import { syncSavedSearchCommands } from './saved-commands';
import {
  combinedQuery,
  gatherHits,
  MAX_TAG_PASSAGES,
  plural,
  stepHistory,
  type GatheredHits,
} from './hit-actions';

/**
 * Checked results. `all` checks every hit of the query, loaded or not, and `ids` are then the ones
 * unchecked again; otherwise `ids` are the checked ones. Cleared whenever the query or chips change.
 */
export interface HitSelection {
  all: boolean;
  ids: readonly string[];
}

/** The "tag the checked hits" dialog: counting first, so the analyst confirms a stated number. */
export type TagHitsState =
  | { stage: 'counting' }
  | { stage: 'ready' | 'tagging'; gathered: GatheredHits }
  | { stage: 'error'; message: string };

/** The save / rename dialog of saved searches. */
export type SaveDialogState = { mode: 'save' } | { mode: 'rename'; name: string };

const NO_SELECTION: HitSelection = { all: false, ids: [] };

/** Saved searches, history navigation, and acting on checked hits (open, tag, export). */
export interface SearchActionsSlice {
  hitSelection: HitSelection;
  /** The result list shows only the checked hits (a filtered list of them, in rank order). */
  onlyCheckedHits: boolean;
  /** Position in history while ↑/↓ browse it: -1 is the analyst's own draft. */
  historyCursor: number;
  historyDraft: string;
  tagHits: TagHitsState | null;
  saveDialog: SaveDialogState | null;
  toggleHitChecked(id: string): void;
  setAllHitsChecked(on: boolean): void;
  setOnlyCheckedHits(on: boolean): void;
  /** ↑ (1, older) or ↓ (-1, newer) in the search box. */
  historyStep(delta: 1 | -1): void;
  resetHistoryCursor(): void;
  clearSearchHistory(query?: string): Promise<void>;
  setSaveDialog(state: SaveDialogState | null): void;
  /** Saves the current query (save mode) or renames (rename mode); false (dialog stays) on error. */
  submitSaveDialog(name: string): Promise<boolean>;
  runSavedSearch(name: string): void;
  openCheckedHits(): Promise<void>;
  startTagHits(): Promise<void>;
  confirmTagHits(tag: string): Promise<void>;
  cancelTagHits(): void;
  exportCheckedHits(): Promise<void>;
}

/** True when `id` is checked. */
export function isHitChecked(sel: HitSelection, id: string): boolean {
  return sel.all !== sel.ids.includes(id);
}

/** How many results are checked, out of `total`. */
export function checkedCount(sel: HitSelection, total: number): number {
  return sel.all ? Math.max(0, total - sel.ids.length) : sel.ids.length;
}

/** The slice (kept beside the Search panel: it only serves search's own UI and commands). */
export const createSearchActionsSlice =
  (client: DossierClient): StateCreator<WorkbenchState, [], [], SearchActionsSlice> =>
  (set, get, api) => {
    api.subscribe((s, prev) => {
      if (s.savedSearches !== prev.savedSearches) syncSavedSearchCommands(s.savedSearches);
      const changed = s.searchQuery !== prev.searchQuery || s.searchFilters !== prev.searchFilters;
      if (changed && s.hitSelection !== NO_SELECTION)
        set({ hitSelection: NO_SELECTION, onlyCheckedHits: false });
    });
    client.on('workspace.opened', () =>
      set({ hitSelection: NO_SELECTION, onlyCheckedHits: false, historyCursor: -1, tagHits: null }),
    );

    const keep = (sel: HitSelection) => {
      const ids = new Set(sel.ids);
      return sel.all ? (id: string) => !ids.has(id) : (id: string) => ids.has(id);
    };
    /** Every checked hit of the current query, complete (waits for the whole index). */
    const gatherChecked = () => {
      const { searchQuery: query, searchFilters: filters, hitSelection } = get();
      const wanted = keep(hitSelection);
      const limit = hitSelection.all ? null : hitSelection.ids.length;
      return gatherHits(
        (offset, pageSize) =>
          client.call('search.query', { query, filters, offset, limit: pageSize, wait: true, record: false }),
        wanted,
        limit,
      );
    };

    return {
      hitSelection: NO_SELECTION,
      onlyCheckedHits: false,
      historyCursor: -1,
      historyDraft: '',
      tagHits: null,
      saveDialog: null,
      toggleHitChecked(id) {
        const sel = get().hitSelection;
        const ids = sel.ids.includes(id) ? sel.ids.filter((x) => x !== id) : [...sel.ids, id];
        set({ hitSelection: { all: sel.all, ids } });
      },
      setAllHitsChecked: (on) =>
        set(
          on
            ? { hitSelection: { all: true, ids: [] } }
            : { hitSelection: NO_SELECTION, onlyCheckedHits: false },
        ),
      setOnlyCheckedHits: (onlyCheckedHits) => set({ onlyCheckedHits }),
      historyStep(delta) {
        const s = get();
        const next = stepHistory(s.searchHistory.length, s.historyCursor, delta);
        if (next === s.historyCursor) return;
        const draft = s.historyCursor === -1 ? s.searchQuery : s.historyDraft;
        set({ historyCursor: next, historyDraft: draft });
        s.setSearchQuery(next === -1 ? draft : (s.searchHistory[next] ?? draft));
      },
      resetHistoryCursor: () => set({ historyCursor: -1 }),
      async clearSearchHistory(query) {
        try {
          const searchHistory = await client.call(
            'search.history.clear',
            query === undefined ? {} : { query },
          );
          set({ searchHistory, historyCursor: -1 });
        } catch (e) {
          get().setNotice(errorMessage(e));
        }
      },
      setSaveDialog: (saveDialog) => set({ saveDialog }),
      async submitSaveDialog(name) {
        const d = get().saveDialog;
        if (!d) return false;
        try {
          const list =
            d.mode === 'save'
              ? await client.call('search.saved.save', {
                  name,
                  query: get().searchQuery,
                  filters: get().searchFilters,
                })
              : await client.call('search.saved.rename', { name: d.name, to: name });
          set({ savedSearches: list, saveDialog: null });
          get().setNotice(d.mode === 'save' ? `Saved the search “${name.trim()}”.` : null);
          return true;
        } catch (e) {
          get().setNotice(errorMessage(e));
          return false;
        }
      },
      runSavedSearch(name) {
        const s = get().savedSearches.find((x) => x.name === name);
        if (!s) {
          get().setNotice(`No saved search named “${name}”; it may have been deleted in another window.`);
          return;
        }
        get().focusSidebar('search');
        get().applySavedSearch(s);
      },
      async openCheckedHits() {
        const s = get();
        const wanted = keep(s.hitSelection);
        const ids = s.searchHits.map((h) => h.id).filter(wanted);
        const total = checkedCount(s.hitSelection, s.searchResult?.total ?? 0);
        const first = ids[0];
        if (!first) return;
        await s.openHit(first);
        for (const id of ids.slice(1, MAX_PANES)) await get().openBeside(id);
        if (total > MAX_PANES)
          get().setNotice(
            `Opened the top ${MAX_PANES} of ${plural(total, 'checked document')} side by side (the reader shows ${MAX_PANES} panes); use Export… for all of them.`,
          );
      },
      async startTagHits() {
        set({ tagHits: { stage: 'counting' } });
        try {
          const gathered = await gatherChecked();
          if (get().tagHits?.stage !== 'counting') return;
          if (gathered.ranges.length > MAX_TAG_PASSAGES)
            set({
              tagHits: {
                stage: 'error',
                message: `These hits hold ${plural(gathered.ranges.length, 'passage')}; at most ${MAX_TAG_PASSAGES.toLocaleString('en-US')} can be tagged at once. Narrow the query or check fewer documents.`,
              },
            });
          else set({ tagHits: { stage: 'ready', gathered } });
        } catch (e) {
          set({ tagHits: { stage: 'error', message: errorMessage(e) } });
        }
      },
      async confirmTagHits(tag) {
        const t = get().tagHits;
        if (!t || t.stage !== 'ready' || t.gathered.ranges.length === 0) return;
        set({ tagHits: { stage: 'tagging', gathered: t.gathered } });
        try {
          const r = await client.call('annotations.createMany', { ranges: t.gathered.ranges, tags: [tag] });
          set({ tagHits: null });
          const already = r.skipped ? ` (${plural(r.skipped, 'passage')} already had it)` : '';
          get().setNotice(
            `Tagged ${plural(r.created, 'passage')} in ${plural(t.gathered.documents, 'document')} “${tag}”${already}. Undo reverts it in one step.`,
          );
        } catch (e) {
          set({ tagHits: { stage: 'error', message: errorMessage(e) } });
        }
      },
      cancelTagHits: () => set({ tagHits: null }),
      async exportCheckedHits() {
        const s = get();
        const query = combinedQuery(s.searchQuery, s.searchFilters);
        if (query.length > 2000) {
          s.setNotice('This query is too long for the export filter (2,000 characters); save a shorter one.');
          return;
        }
        // Every hit checked: the query alone selects them. Otherwise list the checked documents.
        let documents: string[] = [];
        if (!s.hitSelection.all || s.hitSelection.ids.length > 0) {
          try {
            documents = (await gatherChecked()).ids;
          } catch (e) {
            s.setNotice(errorMessage(e));
            return;
          }
        }
        if (documents.length > 10_000) {
          s.setNotice(
            'Export can be limited to at most 10,000 documents; check fewer or export by query alone.',
          );
          return;
        }
        // Export selects annotations: those overlapping a hit of this query, in the checked documents.
        get().openExport({ filter: { query, documents } });
      },
    };
  };
