import { app, BrowserWindow, dialog, session, shell, type WebContents } from 'electron';
import { APP_SCHEME } from './protocol';

/**
 * One handler for every window's web contents: navigation and new windows are denied; an http(s) link
 * opens in the user's browser only after a confirmation; every permission request is refused.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_SCHEME}://app/`)) {
      event.preventDefault();
      void offerExternal(contents, url);
    }
  });
  contents.on('will-redirect', (event, url) => {
    if (!url.startsWith(`${APP_SCHEME}://app/`)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void offerExternal(contents, url);
    return { action: 'deny' };
  });
}

/** Denies every permission request and check (camera, geolocation, notifications, ...). */
export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  // Nothing in Dossier needs the network: refuse every request that is not our app scheme or devtools.
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    const allowed =
      details.url.startsWith(`${APP_SCHEME}:`) ||
      details.url.startsWith('devtools:') ||
      details.url.startsWith('data:');
    callback({ cancel: !allowed });
  });
}

/** Applies {@link hardenWebContents} to every web contents the app ever creates. */
export function hardenAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}

async function offerExternal(contents: WebContents, url: string): Promise<void> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return;
  const owner = BrowserWindow.fromWebContents(contents);
  const options = {
    type: 'question' as const,
    buttons: ['Open in browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: 'Open this link in your web browser?',
    detail: parsed.toString().slice(0, 500),
  };
  const { response } = owner
    ? await dialog.showMessageBox(owner, options)
    : await dialog.showMessageBox(options);
  if (response === 0) await shell.openExternal(parsed.toString());
}
