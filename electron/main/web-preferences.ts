import type { WebPreferences } from 'electron';

/**
 * The only web preferences any Dossier window gets: sandboxed, isolated, no Node, no remote content.
 * Type-only Electron import, so the unit tests can check it without the Electron binary.
 */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
    // Middle-click would otherwise open links in a new window outside setWindowOpenHandler's reach.
    disableBlinkFeatures: 'Auxclick',
  };
}
