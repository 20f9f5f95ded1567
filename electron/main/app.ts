/**
 * Electron entry point. Split by concern: protocol.ts (app content), security.ts (navigation, permissions,
 * network), windows.ts (the secure-window factory), menu.ts, window-state.ts; services are plain Node.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, type WebContents } from 'electron';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { installIpcHost, forwardEvents } from '../hosts/ipc/ipc-host';
import { createServices, type Services } from '../services';
import { defaultCacheDir } from '../services/app/paths';
import { buildMenu } from './menu';
import { linkFromArgv, openPassageLink, PASSAGE_SCHEME, registerPassageScheme } from './passage-links';
import { installAppProtocol, registerAppScheme } from './protocol';
import { denyAllPermissions, hardenAllWebContents } from './security';
import { loadBounds, saveBounds } from './window-state';
import { createSecureWindow } from './windows';
import type { UiCommand } from '../../shared/model/workspace';

const isDev = !app.isPackaged && process.env.DOSSIER_DEV === '1';
/** dist/ — this file is bundled to dist/electron/main.cjs. */
const distDir = path.resolve(__dirname, '..');
const servicesByContents = new Map<number, Services>();
/** Sessions of windows already closed that are still closing (saves being flushed): quit waits for them. */
const stillClosing = new Set<Promise<void>>();

registerAppScheme();
hardenAllWebContents();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    const win = BrowserWindow.getAllWindows()[0];
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
      const link = linkFromArgv(argv);
      const folder = folderFromArgv(argv);
      if (link) void revealLink(win, link);
      else if (folder) void openFolder(win, folder);
    }
  });
  app.whenReady().then(start, (e) => {
    dialog.showErrorBox('Dossier could not start', String(e));
    app.exit(1);
  });
}

async function start(): Promise<void> {
  denyAllPermissions();
  installAppProtocol(path.join(distDir, 'renderer'));
  installIpcHost(ipcMain, (sender: WebContents) => servicesByContents.get(sender.id) ?? null);
  registerPassageScheme();
  // macOS delivers links as an event, the other systems as arguments (first or second instance).
  app.on('open-url', (event, url) => {
    event.preventDefault();
    const win = BrowserWindow.getAllWindows()[0];
    if (win) void revealLink(win, url);
  });
  await openWindow(folderFromArgv(process.argv));
  const link = linkFromArgv(process.argv);
  const first = BrowserWindow.getAllWindows()[0];
  if (link && first) void revealLink(first, link);
  // Saves are durable when acknowledged; this also waits for any still in flight before the app exits.
  let quitting = false;
  app.on('before-quit', (event) => {
    if (quitting) return;
    event.preventDefault();
    quitting = true;
    const closing = Promise.allSettled([
      ...[...servicesByContents.values()].map((s) => s.session.close()),
      ...stillClosing,
    ]);
    const limit = new Promise((resolve) => setTimeout(resolve, 5000));
    void Promise.race([closing, limit]).finally(() => app.quit());
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

async function openWindow(folder?: string): Promise<void> {
  const boundsFile = path.join(app.getPath('userData'), 'window-state.json');
  const win = createSecureWindow(loadBounds(boundsFile), distDir);
  const services = await createServices({
    host: 'electron',
    dataDir: app.getPath('userData'),
    cacheDir: defaultCacheDir(),
    version: app.getVersion(),
    pickFolder: async () => {
      const result = await dialog.showOpenDialog(win, {
        title: 'Open a folder of articles',
        properties: ['openDirectory'],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  });
  const contentsId = win.webContents.id;
  servicesByContents.set(contentsId, services);
  const stopEvents = forwardEvents(services, win.webContents);
  refreshMenu(services);
  services.session.events.subscribe((m) => {
    if (m.event === 'workspace.opened') refreshMenu(services);
  });

  let saveTimer: NodeJS.Timeout | undefined;
  const persistBounds = () => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(
      () =>
        void saveBounds(boundsFile, { ...win.getNormalBounds(), maximized: win.isMaximized() }).catch(
          () => undefined,
        ),
      400,
    );
  };
  win.on('resize', persistBounds);
  win.on('move', persistBounds);
  win.on('close', () => {
    clearTimeout(saveTimer);
    void saveBounds(boundsFile, { ...win.getNormalBounds(), maximized: win.isMaximized() }).catch(
      () => undefined,
    );
  });
  win.on('closed', () => {
    stopEvents();
    servicesByContents.delete(contentsId);
    // Closing the last window quits the app at once (window-all-closed): the quit must still wait for
    // this window's saves, so the close is kept where before-quit finds it.
    const closing = services.session.close().catch(() => undefined);
    stillClosing.add(closing);
    void closing.finally(() => stillClosing.delete(closing));
  });

  const initial = folder ?? services.session.appState.recent()[0] ?? sampleFolder();
  if (initial) void openFolder(win, initial);
}

async function openFolder(win: BrowserWindow | undefined, folder?: string): Promise<void> {
  if (!win) return;
  const services = servicesByContents.get(win.webContents.id);
  if (!services) return;
  if (!folder) {
    sendCommand(win, 'open-folder');
    return;
  }
  try {
    await services.session.open(folder);
  } catch (e) {
    dialog.showErrorBox('Could not open the folder', e instanceof Error ? e.message : String(e));
  }
}

function sendCommand(win: BrowserWindow | undefined, command: UiCommand): void {
  const services = win ? servicesByContents.get(win.webContents.id) : undefined;
  services?.session.events.emit('ui.command', { command });
}

function refreshMenu(services: Services): void {
  Menu.setApplicationMenu(
    buildMenu(
      {
        command: sendCommand,
        openFolder: (win, folder) => void openFolder(win, folder),
        recentFolders: () => services.session.appState.recent(),
      },
      isDev,
    ),
  );
}

/** The bundled sample corpus: beside the app when packaged, in resources/ when run from the repo. */
function sampleFolder(): string | undefined {
  const candidates = [
    path.join(process.resourcesPath, 'sample-articles'),
    path.resolve(distDir, '..', 'resources', 'sample-articles'),
  ];
  return candidates.find((c) => existsSync(c));
}

async function revealLink(win: BrowserWindow, url: string): Promise<void> {
  const services = servicesByContents.get(win.webContents.id);
  if (!services) return;
  if (win.isMinimized()) win.restore();
  win.focus();
  try {
    await openPassageLink(url, win, services);
  } catch (e) {
    dialog.showErrorBox('Could not open the link', e instanceof Error ? e.message : String(e));
  }
}

function folderFromArgv(argv: string[]): string | undefined {
  const args = argv
    .slice(app.isPackaged ? 1 : 2)
    .filter((a) => !a.startsWith('-') && !a.startsWith(`${PASSAGE_SCHEME}://`));
  const candidate = args[args.length - 1];
  return candidate && existsSync(candidate) ? path.resolve(candidate) : undefined;
}
