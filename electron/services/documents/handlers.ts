import { withAnnotationCounts } from '../annotations/service';
import type { Session } from '../session';

/** Handlers of the `documents.*` methods. */
export function documentHandlers(session: Session) {
  return {
    'documents.list': async () => withAnnotationCounts(session, session.workspace().list()),
    'documents.get': async ({ id }: { id: string }) => session.workspace().get(id),
  };
}
