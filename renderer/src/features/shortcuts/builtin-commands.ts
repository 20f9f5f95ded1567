import type { AppCommand } from '../../app/registry';
import type { WorkbenchState, WorkbenchStore } from '../../store/create-store';
import { selectLibrary } from '../library/library-rows';

const activeDocId = (s: WorkbenchState) => s.panes[s.activePane]?.docId ?? null;
const hasFolder = (s: WorkbenchState) => s.workspace !== null;

/** Opens the document `delta` rows away from the active one in the library's current order. */
function step(store: WorkbenchStore, delta: number): void {
  const s = store.getState();
  const { docs } = selectLibrary(s);
  if (docs.length === 0) return;
  const at = docs.findIndex((d) => d.id === activeDocId(s));
  const next =
    at < 0 ? (delta > 0 ? 0 : docs.length - 1) : Math.max(0, Math.min(docs.length - 1, at + delta));
  const doc = docs[next];
  if (doc && doc.id !== activeDocId(s)) void s.openDocument(doc.id);
}

/** Moves focus to the sidebar tab `tab`, when it is registered. */
function focusTab(store: WorkbenchStore, tab: string): void {
  store.getState().focusSidebar(tab);
}

/** The workbench's own commands (layout, reader, library, theme); domains add theirs in registrations.ts. */
export const workbenchCommands: AppCommand[] = [
  {
    id: 'workbench.commandPalette',
    title: 'Show all commands',
    group: 'Workbench',
    keys: ['mod+k', 'mod+shift+p'],
    run: ({ store }) => store.getState().setPaletteOpen(!store.getState().paletteOpen),
  },
  {
    id: 'workbench.shortcuts',
    title: 'Show keyboard shortcuts',
    group: 'Workbench',
    keys: ['?'],
    run: ({ store }) => store.getState().setShortcutsOpen(!store.getState().shortcutsOpen),
  },
  {
    id: 'workbench.escape',
    title: 'Close overlay or compare view',
    group: 'Workbench',
    keys: ['Escape'],
    enabled: (s) => s.paletteOpen || s.shortcutsOpen || s.openFolderOpen || s.compare,
    run: ({ store }) => void store.getState().closeOverlays(),
  },
  {
    id: 'workbench.openFolder',
    title: 'Open folder…',
    group: 'Workbench',
    keys: ['mod+o'],
    run: ({ store }) => {
      const s = store.getState();
      if (s.appInfo?.canPickFolder) void s.pickFolder();
      else s.setOpenFolderOpen(true);
    },
  },
  {
    id: 'workbench.openFolderByPath',
    title: 'Open folder by path…',
    group: 'Workbench',
    run: ({ store }) => store.getState().setOpenFolderOpen(true),
  },
  {
    id: 'workbench.focusLibrary',
    title: 'Focus library',
    group: 'Library',
    keys: ['mod+shift+l'],
    enabled: hasFolder,
    run: ({ store }) => focusTab(store, 'library'),
  },
  {
    id: 'workbench.focusSearch',
    title: 'Focus search',
    group: 'Search',
    keys: ['/'],
    enabled: hasFolder,
    run: ({ store }) => focusTab(store, 'search'),
  },
  {
    id: 'library.next',
    title: 'Next document',
    group: 'Library',
    keys: ['j'],
    enabled: hasFolder,
    run: ({ store }) => step(store, 1),
  },
  {
    id: 'library.previous',
    title: 'Previous document',
    group: 'Library',
    keys: ['k'],
    enabled: hasFolder,
    run: ({ store }) => step(store, -1),
  },
  {
    id: 'library.groupByFolder',
    title: 'Toggle group by folder',
    group: 'Library',
    enabled: hasFolder,
    run: ({ store }) => store.getState().setGroupByFolder(!store.getState().groupByFolder),
  },
  {
    id: 'reader.toggleSplit',
    title: 'Toggle split view',
    group: 'Reader',
    keys: ['mod+\\'],
    enabled: hasFolder,
    run: ({ store }) => store.getState().toggleSplit(),
  },
  {
    id: 'reader.splitPane',
    title: 'Open another reader pane',
    group: 'Reader',
    enabled: (s) => hasFolder(s) && s.panes.length < 4,
    run: ({ store }) => store.getState().splitPane(),
  },
  {
    id: 'reader.closePane',
    title: 'Close reader pane',
    group: 'Reader',
    keys: ['mod+alt+w'],
    enabled: (s) => s.panes.length > 1 || s.panes[0]?.docId !== null,
    run: ({ store }) => store.getState().closePane(store.getState().activePane),
  },
  {
    id: 'reader.toggleFurniture',
    title: 'Toggle site furniture (captions, related links)',
    group: 'Reader',
    keys: ['mod+alt+f'],
    run: ({ store }) => store.getState().toggleFurniture(),
  },
  {
    id: 'reader.toggleEntityUnderlines',
    title: 'Toggle entity underlines',
    group: 'Reader',
    keys: ['mod+alt+e'],
    run: ({ store }) => store.getState().toggleEntityUnderlines(),
  },
  {
    id: 'compare.diff',
    title: 'Compare the two panes (differences)',
    group: 'Compare',
    keys: ['mod+shift+d'],
    enabled: (s) => s.panes.filter((p) => p.doc !== null).length >= 2,
    run: ({ store }) => store.getState().setCompare(!store.getState().compare),
  },
  {
    id: 'compare.linkedScroll',
    title: 'Toggle linked scrolling',
    group: 'Compare',
    enabled: (s) => s.panes.length > 1,
    run: ({ store }) => store.getState().toggleLinkedScroll(),
  },
  {
    id: 'workbench.toggleRightPanel',
    title: 'Toggle details panel',
    group: 'Workbench',
    keys: ['mod+alt+b'],
    enabled: hasFolder,
    run: ({ store }) => store.getState().toggleRightPanel(),
  },
  {
    id: 'theme.toggle',
    title: 'Toggle light/dark theme',
    group: 'Theme',
    run: ({ store }) => {
      const s = store.getState();
      const dark =
        s.theme === 'dark' || (s.theme === 'system' && matchMedia('(prefers-color-scheme: dark)').matches);
      s.setTheme(dark ? 'light' : 'dark');
    },
  },
  {
    id: 'theme.light',
    title: 'Theme: light',
    group: 'Theme',
    run: ({ store }) => store.getState().setTheme('light'),
  },
  {
    id: 'theme.dark',
    title: 'Theme: dark',
    group: 'Theme',
    run: ({ store }) => store.getState().setTheme('dark'),
  },
  {
    id: 'theme.system',
    title: 'Theme: follow the system',
    group: 'Theme',
    run: ({ store }) => store.getState().setTheme('system'),
  },
];
