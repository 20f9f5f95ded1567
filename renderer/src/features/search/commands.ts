import type { AppCommand } from '../../app/registry';
import type { WorkbenchState } from '../../store/create-store';

const hasFolder = (s: WorkbenchState) => s.workspace !== null;
const hasDoc = (s: WorkbenchState) => !!s.panes[s.activePane]?.doc;

/** Search commands: corpus search focus, hit navigation and find-in-document. */
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
