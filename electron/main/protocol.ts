import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { appFileFor, contentTypeOf } from './app-files';

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
      // Read here, not with net.fetch('file://…'): net.fetch would ask the app's own `file:` handler
      // (below, which refuses everything) and the session's request filter (security.ts, which cancels
      // every non-app URL), and the window would get nothing.
      const body = await readFile(file);
      return new Response(body, {
        status: 200,
        headers: {
          'Content-Type': contentTypeOf(file),
          'Content-Security-Policy': APP_CSP,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
  protocol.handle('file', () => new Response('file:// is disabled in Dossier', { status: 403 }));
}
