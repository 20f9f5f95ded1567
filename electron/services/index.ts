import { createHandlers, type Handlers } from './handlers';
import { Session, type ServiceOptions } from './session';

export { DossierError } from './errors';
export type { Handlers } from './handlers';
export type { ServiceOptions } from './session';
export { Session } from './session';

/** A session with its handler table: what every host wires to its transport. */
export interface Services {
  session: Session;
  handlers: Handlers;
}

/** Creates the services for one host connection or window. */
export async function createServices(options: ServiceOptions): Promise<Services> {
  const session = new Session(options);
  await session.appState.load();
  return { session, handlers: createHandlers(session) };
}
