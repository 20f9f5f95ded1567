import type { StateCreator } from 'zustand';
import type { UiCommand } from '../../../../shared/model/workspace';
import type { WorkbenchState } from '../create-store';

/** The colour theme: follow the OS, or force one. */
export type ThemeChoice = 'system' | 'light' | 'dark';

/** Transient view state of the workbench chrome (overlays, toggles). UI preferences only, never domain data. */
export interface UiSlice {
  theme: ThemeChoice;
  /** Furniture (captions, related links...) shown dimmed when true, hidden when false. */
  showFurniture: boolean;
  entityUnderlines: boolean;
  paletteOpen: boolean;
  shortcutsOpen: boolean;
  openFolderOpen: boolean;
  /** The id of the visible left sidebar tab. */
  sidebarTab: string;
  /** Bumped to ask the sidebar to move focus into its current tab (e.g. `/` → search). */
  focusRequest: { tab: string; seq: number } | null;
  /** A transient message for the status bar (a command that failed, a hint); null when none. */
  notice: string | null;
  /** The last command sent by the desktop menu (`ui.command`), with a sequence number to react to. */
  menuCommand: { command: UiCommand; seq: number } | null;
  setNotice(text: string | null): void;
  receiveMenuCommand(command: UiCommand): void;
  setTheme(theme: ThemeChoice): void;
  toggleFurniture(): void;
  toggleEntityUnderlines(): void;
  setPaletteOpen(open: boolean): void;
  setShortcutsOpen(open: boolean): void;
  setOpenFolderOpen(open: boolean): void;
  setSidebarTab(id: string): void;
  /** Shows a sidebar tab and moves keyboard focus into it. */
  focusSidebar(id: string): void;
  /** Closes whatever overlay is open; returns false when nothing was open. */
  closeOverlays(): boolean;
}

const THEME_KEY = 'dossier.theme';

function readTheme(): ThemeChoice {
  try {
    const v = globalThis.localStorage?.getItem(THEME_KEY);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system';
  }
}

/** The ui slice. */
export const createUiSlice: StateCreator<WorkbenchState, [], [], UiSlice> = (set, get) => ({
  theme: readTheme(),
  showFurniture: true,
  entityUnderlines: true,
  paletteOpen: false,
  shortcutsOpen: false,
  openFolderOpen: false,
  sidebarTab: 'library',
  focusRequest: null,
  notice: null,
  menuCommand: null,
  setNotice: (notice) => set({ notice }),
  receiveMenuCommand: (command) =>
    set((s) => ({ menuCommand: { command, seq: (s.menuCommand?.seq ?? 0) + 1 } })),
  setTheme(theme) {
    try {
      globalThis.localStorage?.setItem(THEME_KEY, theme);
    } catch {
      // Private mode or a full quota: the choice still applies for this session.
    }
    set({ theme });
  },
  toggleFurniture: () => set((s) => ({ showFurniture: !s.showFurniture })),
  toggleEntityUnderlines: () => set((s) => ({ entityUnderlines: !s.entityUnderlines })),
  setPaletteOpen: (paletteOpen) => set({ paletteOpen, shortcutsOpen: false }),
  setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen, paletteOpen: false }),
  setOpenFolderOpen: (openFolderOpen) => set({ openFolderOpen }),
  setSidebarTab: (sidebarTab) => set({ sidebarTab }),
  focusSidebar: (tab) =>
    set((s) => ({ sidebarTab: tab, focusRequest: { tab, seq: (s.focusRequest?.seq ?? 0) + 1 } })),
  closeOverlays() {
    const s = get();
    if (!s.paletteOpen && !s.shortcutsOpen && !s.openFolderOpen && !s.compare) return false;
    if (s.paletteOpen || s.shortcutsOpen || s.openFolderOpen)
      set({ paletteOpen: false, shortcutsOpen: false, openFolderOpen: false });
    else set({ compare: false });
    return true;
  },
});
