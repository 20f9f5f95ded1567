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
    'documents.get': async ({
      id,
      textFrom,
      textLength,
    }: {
      id: string;
      textFrom?: number | undefined;
      textLength?: number | undefined;
    }) =>
      textFrom === undefined && textLength === undefined
        ? session.workspace().get(id)
        : session.workspace().getPart(id, textFrom ?? 0, textLength ?? Infinity),
  };
}
