import type { Session } from '../session';
import { moveSidecar } from './move';
import { sidecarFor } from './store';

/** Handlers of the `sidecar.*` methods (spread by the annotations domain's handlers). */
export function sidecarHandlers(session: Session) {
  return {
    'sidecar.status': async () => {
      const info = session.workspace().sidecar;
      const collections = (await sidecarFor(session).status()).map(
        ({ name, file, readOnly, message, unsaved }) => ({
          name,
          file,
          readOnly,
          message,
          unsaved,
        }),
      );
      return { info, collections };
    },
    'sidecar.move': ({ to }: { to: 'folder' | 'app-data' }) => moveSidecar(session, to),
  };
}
