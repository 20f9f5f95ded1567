import type { MethodName, Params, Result } from '../../shared/contract';
import { annotationsHandlers } from './annotations/handlers';
import { appHandlers } from './app/handlers';
import { documentHandlers } from './documents/handlers';
import { entitiesHandlers } from './entities/handlers';
import { exportHandlers } from './export/handlers';
import { ingestHandlers } from './ingest/handlers';
import { issuesHandlers } from './issues/handlers';
import { searchHandlers } from './search/handlers';
import type { Session } from './session';
import { workspaceHandlers } from './workspace/handlers';

/** One service function per contract method, taking parsed params. */
export type Handler<M extends MethodName> = (params: Params<M>) => Promise<Result<M>>;
/** The full handler table: the type makes a missing method a compile error. */
export type Handlers = { [M in MethodName]: Handler<M> };

/** Builds every service handler for one session. Each domain contributes its rows. */
export function createHandlers(session: Session): Handlers {
  return {
    ...appHandlers(session),
    ...workspaceHandlers(session),
    ...documentHandlers(session),
    ...issuesHandlers(session),
    ...searchHandlers(session),
    ...entitiesHandlers(session),
    ...annotationsHandlers(session),
    ...exportHandlers(session),
    ...ingestHandlers(session),
  };
}
