import { withAnnotationCounts } from '../annotations/service';
import type { Session } from '../session';

/** Handlers of the `documents.*` methods. */
export function documentHandlers(session: Session) {
  return {
    'documents.list': async ({
      offset,
      limit,
    }: {
      offset?: number | undefined;
      limit?: number | undefined;
    }) => withAnnotationCounts(session, session.workspace().list(offset, limit)),
    'documents.get': async ({ id }: { id: string }) => session.workspace().get(id),
  };
}
