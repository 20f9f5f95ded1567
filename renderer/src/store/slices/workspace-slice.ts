import type { StateCreator } from 'zustand';
import type { IngestReport } from '../../../../shared/model/document';
import type { AppInfo, Progress, WorkspaceInfo } from '../../../../shared/model/workspace';
import type { DossierClient } from '../../client';
import type { WorkbenchState } from '../create-store';
import { errorMessage } from '../errors';

/** The open folder, the scan's report and progress, the app's facts and recent folders. */
export interface WorkspaceSlice {
  workspace: WorkspaceInfo | null;
  report: IngestReport | null;
  progress: Progress | null;
  appInfo: AppInfo | null;
  recentFolders: string[];
  /** A message for the user when opening failed; null otherwise. */
  workspaceError: string | null;
  opening: boolean;
  openFolder(path: string): Promise<void>;
  pickFolder(): Promise<void>;
  /** Opens a folder dropped on the window (desktop: its path; the browser hides paths). */
  openDropped(file: File): Promise<void>;
  /** Loads the current folder (at start, and when the host says a folder was opened). */
  refreshWorkspace(): Promise<void>;
  loadAppInfo(): Promise<void>;
}

/** What a browser user is told after dropping a folder: paths are hidden from web pages. */
export const DROP_NEEDS_PATH =
  'The browser does not reveal where a dropped folder lives. Type its path in the box instead (or use the desktop app, where dropping works).';

/** The workspace slice. */
export const createWorkspaceSlice =
  (client: DossierClient): StateCreator<WorkbenchState, [], [], WorkspaceSlice> =>
  (set, get) => ({
    workspace: null,
    report: null,
    progress: null,
    appInfo: null,
    recentFolders: [],
    workspaceError: null,
    opening: false,
    async openFolder(path) {
      const before = get().workspace;
      set({ opening: true, workspaceError: null, libraryLoaded: false });
      try {
        await client.call('workspace.open', { path });
        await get().refreshWorkspace();
        set({ openFolderOpen: false });
      } catch (e) {
        const message = errorMessage(e);
        // An open that fails after the services closed the folder that was open leaves no folder open
        // (they also say so with `workspace.closed`): the window says so instead of showing a folder
        // that no longer answers.
        const now = before ? await client.call('workspace.current', {}).catch(() => before) : null;
        if (before && now === null) {
          await get().refreshWorkspace();
          set({
            workspaceError: `${message} The folder that was open before (${before.name}) was closed: open it again from the recent folders.`,
          });
        } else set({ workspaceError: message, libraryLoaded: get().workspace !== null });
      } finally {
        set({ opening: false });
      }
    },
    async pickFolder() {
      set({ workspaceError: null });
      try {
        const info = await client.call('workspace.pick', {});
        if (info) {
          await get().refreshWorkspace();
          set({ openFolderOpen: false });
        }
      } catch (e) {
        set({ workspaceError: errorMessage(e) });
      }
    },
    async openDropped(file) {
      const path = client.pathForFile(file);
      if (!path) {
        set({ workspaceError: DROP_NEEDS_PATH });
        return;
      }
      await get().openFolder(path);
    },
    async refreshWorkspace() {
      try {
        const workspace = await client.call('workspace.current', {});
        const previous = get().workspace?.root;
        set({ workspace });
        void client
          .call('workspace.recent', {})
          .then((recentFolders) => set({ recentFolders }))
          .catch(() => undefined);
        if (!workspace) {
          set({ libraryLoaded: true });
          return;
        }
        const [report] = await Promise.all([client.call('workspace.report', {}), get().loadLibrary()]);
        set({ report });
        if (previous !== workspace.root) await get().restoreFolderPrefs();
      } catch (e) {
        set({ workspaceError: errorMessage(e), libraryLoaded: true });
      }
    },
    async loadAppInfo() {
      try {
        set({ appInfo: await client.call('app.info', {}) });
      } catch {
        // Without app facts the UI assumes the browser (no native picker), which is always safe.
      }
    },
  });
