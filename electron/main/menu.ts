import { app, BrowserWindow, Menu, type BaseWindow, type MenuItemConstructorOptions } from 'electron';
import type { UiCommand } from '../../shared/model/workspace';

/** What the menu asks of the app. */
export interface MenuActions {
  command(win: BrowserWindow | undefined, command: UiCommand): void;
  openFolder(win: BrowserWindow | undefined, folder?: string): void;
  recentFolders(): string[];
}

/** Builds the native menu with the usual accelerators; DevTools only in development. */
export function buildMenu(actions: MenuActions, isDev: boolean): Menu {
  const isMac = process.platform === 'darwin';
  const send = (command: UiCommand) => (_: unknown, win: BaseWindow | undefined) =>
    actions.command(asBrowserWindow(win), command);
  const recent: MenuItemConstructorOptions[] = actions.recentFolders().map((folder) => ({
    label: folder,
    click: (_: unknown, win: BaseWindow | undefined) => actions.openFolder(asBrowserWindow(win), folder),
  }));
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        {
          label: 'Open Folder…',
          accelerator: 'CmdOrCtrl+O',
          click: (_, win) => actions.openFolder(asBrowserWindow(win)),
        },
        {
          label: 'Open Recent',
          submenu: recent.length ? recent : [{ label: 'No recent folders', enabled: false }],
        },
        { type: 'separator' },
        { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: send('export') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        { label: 'Find in Document', accelerator: 'CmdOrCtrl+F', click: send('find') },
        { label: 'Search All Articles', accelerator: 'CmdOrCtrl+Shift+F', click: send('find-in-corpus') },
      ],
    },
    {
      label: '&View',
      submenu: [
        { label: 'Command Palette…', accelerator: 'CmdOrCtrl+K', click: send('command-palette') },
        { label: 'Toggle Split', accelerator: 'CmdOrCtrl+\\', click: send('toggle-split') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(isDev
          ? [{ type: 'separator' as const }, { role: 'reload' as const }, { role: 'toggleDevTools' as const }]
          : []),
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        {
          label: 'Keyboard Shortcuts',
          accelerator: 'Shift+/',
          registerAccelerator: false,
          click: send('shortcuts'),
        },
        { label: `About Dossier ${app.getVersion()}`, role: 'about' },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}

function asBrowserWindow(win: BaseWindow | undefined): BrowserWindow | undefined {
  return win instanceof BrowserWindow ? win : undefined;
}
