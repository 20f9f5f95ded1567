import type { Session } from '../session';

/** Handlers of the `app.*` methods. */
export function appHandlers(session: Session) {
  return {
    'app.info': async () => ({
      version: session.options.version,
      host: session.options.host,
      platform: process.platform,
      canPickFolder: session.options.pickFolder !== undefined,
    }),
  };
}
