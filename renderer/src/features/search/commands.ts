import type { AppCommand } from '../../app/registry';
import type { WorkbenchState } from '../../store/create-store';
import { checkedCount } from './search-actions-slice';

const hasFolder = (s: WorkbenchState) => s.workspace !== null;
const hasDoc = (s: WorkbenchState) => !!s.panes[s.activePane]?.doc;
const hasChecked = (s: WorkbenchState) =>
  checkedCount(s.hitSelection, s.searchResult?.total ?? 0) > 0 && s.searchResult !== null;

/** Search commands: corpus search focus, hit navigation, find-in-document, saving and acting on hits. */
export const searchCommands: AppCommand[] = [
  {
    id: 'search.focus',
    title: 'Search the corpus',
    group: 'Search',
    keys: ['mod+shift+f'],
    enabled: hasFolder,
    run: ({ store }) => store.getState().focusSidebar('search'),
  },
  {
    id: 'search.findInDocument',
    title: 'Find in document',
    group: 'Search',
    keys: ['mod+f'],
    enabled: hasDoc,
    run: ({ store }) => store.getState().setFindOpen(true),
  },
  {
    id: 'search.nextHit',
    title: 'Next search hit',
    group: 'Search',
    keys: ['F3', 'n'],
    enabled: hasDoc,
    run: ({ store }) => store.getState().stepHit(1),
  },
  {
    id: 'search.previousHit',
    title: 'Previous search hit',
    group: 'Search',
    keys: ['shift+F3', 'N'],
    enabled: hasDoc,
    run: ({ store }) => store.getState().stepHit(-1),
  },
  {
    id: 'search.save',
    title: 'Save this search…',
    group: 'Search',
    enabled: (s) => hasFolder(s) && (!!s.searchQuery.trim() || s.searchFilters.length > 0),
    run: ({ store }) => {
      store.getState().focusSidebar('search');
      store.getState().setSaveDialog({ mode: 'save' });
    },
  },
  {
    id: 'search.selectAllHits',
    title: 'Select all hits',
    group: 'Search',
    enabled: (s) => (s.searchResult?.total ?? 0) > 0,
    run: ({ store }) => {
      store.getState().focusSidebar('search');
      store.getState().setAllHitsChecked(true);
    },
  },
  {
    id: 'search.tagHits',
    title: 'Tag the checked hits…',
    group: 'Search',
    enabled: hasChecked,
    run: ({ store }) => void store.getState().startTagHits(),
  },
  {
    id: 'search.exportHits',
    title: 'Export annotations on the checked hits…',
    group: 'Search',
    enabled: hasChecked,
    run: ({ store }) => void store.getState().exportCheckedHits(),
  },
  {
    id: 'search.clearHistory',
    title: 'Clear search history',
    group: 'Search',
    enabled: (s) => s.searchHistory.length > 0,
    run: ({ store }) => void store.getState().clearSearchHistory(),
  },
  {
    id: 'search.clear',
    title: 'Clear search',
    group: 'Search',
    enabled: (s) => !!s.searchQuery || s.searchFilters.length > 0,
    run: ({ store }) => {
      for (const f of store.getState().searchFilters) store.getState().removeSearchFilter(f);
      store.getState().setSearchQuery('');
    },
  },
];
