import type { StateCreator } from 'zustand';
import type { IngestReport } from '../../../../shared/model/document';
import type { Progress, WorkspaceInfo } from '../../../../shared/model/workspace';
import type { WorkbenchState } from '../create-store';
import { errorMessage } from '../errors';

/** The open folder, the scan's report and progress. */
export interface WorkspaceSlice {
  workspace: WorkspaceInfo | null;
  report: IngestReport | null;
  progress: Progress | null;
  /** A message for the user when opening failed; null otherwise. */
  workspaceError: string | null;
  opening: boolean;
  openFolder(path: string): Promise<void>;
  pickFolder(): Promise<void>;
  /** Loads the current folder (at start, and when the host says a folder was opened). */
  refreshWorkspace(): Promise<void>;
}

/** The workspace slice. */
export const createWorkspaceSlice =
  (client: import('../../client').DossierClient): StateCreator<WorkbenchState, [], [], WorkspaceSlice> =>
  (set, get) => ({
    workspace: null,
    report: null,
    progress: null,
    workspaceError: null,
    opening: false,
    async openFolder(path) {
      set({ opening: true, workspaceError: null });
      try {
        await client.call('workspace.open', { path });
        await get().refreshWorkspace();
      } catch (e) {
        set({ workspaceError: errorMessage(e) });
      } finally {
        set({ opening: false });
      }
    },
    async pickFolder() {
      set({ workspaceError: null });
      try {
        const info = await client.call('workspace.pick', {});
        if (info) await get().refreshWorkspace();
      } catch (e) {
        set({ workspaceError: errorMessage(e) });
      }
    },
    async refreshWorkspace() {
      const workspace = await client.call('workspace.current', {});
      set({ workspace });
      if (!workspace) return;
      const [report] = await Promise.all([client.call('workspace.report', {}), get().loadLibrary()]);
      set({ report });
    },
  });
