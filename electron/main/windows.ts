import { BrowserWindow } from 'electron';
import path from 'node:path';
import { APP_SCHEME } from './protocol';
import { secureWebPreferences } from './web-preferences';
import type { SavedBounds } from './window-state';

/** The one secure-window factory: every window of the app is made here. */
export function createSecureWindow(bounds: SavedBounds, distDir: string): BrowserWindow {
  const win = new BrowserWindow({
    ...(bounds.x !== null && bounds.y !== null ? { x: bounds.x, y: bounds.y } : {}),
    width: bounds.width,
    height: bounds.height,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Dossier',
    backgroundColor: '#1e1f22',
    webPreferences: secureWebPreferences(path.join(distDir, 'electron', 'preload.cjs')),
  });
  if (bounds.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_SCHEME}://app/index.html`);
  return win;
}
