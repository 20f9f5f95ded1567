import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { appFileFor } from './app-files';

/** Our app scheme: the renderer is served from `dossier-app://app/…`, never from file:// or the network. */
export const APP_SCHEME = 'dossier-app';

/** The CSP of every app page: only our scripts; no remote content; connections nowhere. */
export const APP_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** Must run before `app.ready`: the scheme is standard and secure so the page gets a real origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Serves files of `rendererRoot` under `dossier-app://app/`. Paths are confined with path.relative after
 * realpath (not startsWith, which lets `<root>-x` through); file:// requests are refused outright.
 */
export function installAppProtocol(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = await appFileFor(rendererRoot, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      // Past our own handlers: `file:` is intercepted below (refused), and net.fetch would ask it too.
      const response = await net.fetch(pathToFileURL(file).toString(), {
        bypassCustomProtocolHandlers: true,
      });
      const headers = new Headers(response.headers);
      headers.set('Content-Security-Policy', APP_CSP);
      headers.set('X-Content-Type-Options', 'nosniff');
      return new Response(response.body, { status: response.status, headers });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
  protocol.handle('file', () => new Response('file:// is disabled in Dossier', { status: 403 }));
}
