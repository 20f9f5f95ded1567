import type { StateCreator } from 'zustand';
import type { WorkbenchState } from '../create-store';

/** Sizes of one resizable group: panel id → percentage (react-resizable-panels' Layout). */
export type GroupLayout = Record<string, number>;

/**
 * UI preferences remembered per folder (localStorage keyed by the folder root). Throwaway by design:
 * losing them costs a re-drag, never data. Domain data lives in the sidecar, never here.
 */
export interface FolderPrefs {
  v: 1;
  layouts: Record<string, GroupLayout>;
  /** Documents open in the reader panes, left to right. */
  panes: (string | null)[];
  rightPanel: boolean;
}

/** Panel sizes and which side panels are open. */
export interface LayoutSlice {
  layouts: Record<string, GroupLayout>;
  rightPanelOpen: boolean;
  sidebarOpen: boolean;
  setGroupLayout(groupId: string, layout: GroupLayout): void;
  toggleRightPanel(): void;
  toggleSidebar(): void;
  /** Writes the current folder's preferences (called after layout or pane changes). */
  saveFolderPrefs(): void;
  /** Reads the preferences of the folder now open and reopens its panes. */
  restoreFolderPrefs(): Promise<void>;
}

const PREFIX = 'dossier.folder:';

/** Parses stored preferences, tolerating anything (old versions, hand edits) by falling back to null. */
export function parseFolderPrefs(raw: string | null): FolderPrefs | null {
  if (!raw) return null;
  try {
    const v: unknown = JSON.parse(raw);
    if (typeof v !== 'object' || v === null || (v as { v?: unknown }).v !== 1) return null;
    const o = v as Partial<FolderPrefs>;
    const layouts: Record<string, GroupLayout> = {};
    for (const [id, l] of Object.entries(o.layouts ?? {})) {
      if (typeof l !== 'object' || l === null) continue;
      const sizes = Object.entries(l).filter(([, n]) => typeof n === 'number' && n >= 0 && n <= 100);
      if (sizes.length) layouts[id] = Object.fromEntries(sizes) as GroupLayout;
    }
    const panes = Array.isArray(o.panes)
      ? o.panes.filter((p): p is string | null => p === null || typeof p === 'string').slice(0, 4)
      : [];
    return { v: 1, layouts, panes, rightPanel: o.rightPanel !== false };
  } catch {
    return null;
  }
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The layout slice. */
export const createLayoutSlice: StateCreator<WorkbenchState, [], [], LayoutSlice> = (set, get) => ({
  layouts: {},
  rightPanelOpen: true,
  sidebarOpen: true,
  setGroupLayout(groupId, layout) {
    set((s) => ({ layouts: { ...s.layouts, [groupId]: layout } }));
    get().saveFolderPrefs();
  },
  toggleRightPanel() {
    set((s) => ({ rightPanelOpen: !s.rightPanelOpen }));
    get().saveFolderPrefs();
  },
  toggleSidebar: () => set((s) => ({ sidebarOpen: !s.sidebarOpen })),
  saveFolderPrefs() {
    const s = get();
    const root = s.workspace?.root;
    if (!root) return;
    const prefs: FolderPrefs = {
      v: 1,
      layouts: s.layouts,
      panes: s.panes.map((p) => p.docId),
      rightPanel: s.rightPanelOpen,
    };
    try {
      storage()?.setItem(PREFIX + root, JSON.stringify(prefs));
    } catch {
      // Quota or private mode: preferences are a convenience, the session goes on.
    }
  },
  async restoreFolderPrefs() {
    const root = get().workspace?.root;
    if (!root) return;
    const prefs = parseFolderPrefs(storage()?.getItem(PREFIX + root) ?? null);
    if (!prefs) return;
    set({ layouts: prefs.layouts, rightPanelOpen: prefs.rightPanel });
    const known = new Set(get().documents.map((d) => d.id));
    const ids = prefs.panes.filter((id): id is string => id !== null && known.has(id));
    await get().restorePanes(ids);
  },
});
