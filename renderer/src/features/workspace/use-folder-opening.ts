import type { Progress, WorkspaceInfo } from '../../../../shared/model/workspace';
import { useWorkbench } from '../../store/context';

/** The parts of the store that say whether a folder is being opened. */
export interface OpeningState {
  workspace: WorkspaceInfo | null;
  opening: boolean;
  progress: Progress | null;
}

/**
 * True while a folder is being opened and none is shown yet: opened from this window, or by the host
 * before the page loaded (`dossier serve <folder>` serves the page while it reads a large folder, and
 * its progress events are the only sign of it).
 */
export function isFolderOpening(s: OpeningState): boolean {
  return s.workspace === null && (s.opening || (s.progress !== null && s.progress.phase !== 'done'));
}

/** {@link isFolderOpening} of the workbench store. */
export function useFolderOpening(): boolean {
  return useWorkbench(isFolderOpening);
}
