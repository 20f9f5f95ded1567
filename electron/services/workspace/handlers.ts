import { DossierError } from '../errors';
import type { Session } from '../session';

/** Handlers of the `workspace.*` methods. */
export function workspaceHandlers(session: Session) {
  return {
    'workspace.open': async ({ path }: { path: string }) => (await session.open(path)).info(),
    'workspace.pick': async () => {
      const pick = session.options.pickFolder;
      if (!pick)
        throw new DossierError(
          'unsupported',
          'workspace: there is no folder dialog in the browser; type the folder path instead.',
        );
      const folder = await pick();
      return folder === null ? null : (await session.open(folder)).info();
    },
    // A folder still opening (serve opens its folder while the page loads) is answered once open.
    'workspace.current': async () => {
      await session.settled();
      return session.maybeWorkspace()?.info() ?? null;
    },
    'workspace.report': async () => session.workspace().report(),
    'workspace.recent': async () => {
      await session.appState.load();
      return session.appState.recent();
    },
  };
}
