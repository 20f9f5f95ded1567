import { app, dialog, type BrowserWindow } from 'electron';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseDossierLink } from '../services/export/link';
import type { Services } from '../services';

/** The URL scheme of exported citations: `dossier://open?folder=…&doc=…&start=…&end=…`. */
export const PASSAGE_SCHEME = 'dossier';

/** Makes Dossier the handler of `dossier://` links (in development, for this checkout's main script). */
export function registerPassageScheme(): void {
  if (process.defaultApp && process.argv[1]) {
    app.setAsDefaultProtocolClient(PASSAGE_SCHEME, process.execPath, [path.resolve(process.argv[1])]);
  } else {
    app.setAsDefaultProtocolClient(PASSAGE_SCHEME);
  }
}

/** The `dossier://` link among command-line arguments (Windows and Linux pass links this way). */
export function linkFromArgv(argv: string[]): string | undefined {
  return argv.find((a) => a.startsWith(`${PASSAGE_SCHEME}://`));
}

/**
 * Opens the passage a link names. A link can come from any document or web page, so it is parsed
 * strictly, the folder must exist, and opening a folder other than the current one asks first.
 */
export async function openPassageLink(url: string, win: BrowserWindow, services: Services): Promise<void> {
  const link = parseDossierLink(url);
  if (!link || !link.folder || !path.isAbsolute(link.folder) || !isDirectory(link.folder)) {
    await dialog.showMessageBox(win, {
      type: 'warning',
      message: 'This Dossier link cannot be opened.',
      detail: link?.folder
        ? `The folder ${link.folder} does not exist on this computer. Open the folder with File › Open Folder… and look for ${link.doc}.`
        : 'The link is incomplete or damaged.',
    });
    return;
  }
  const current = services.session.maybeWorkspace()?.root;
  if (current !== path.resolve(link.folder)) {
    const { response } = await dialog.showMessageBox(win, {
      type: 'question',
      buttons: ['Open folder', 'Cancel'],
      defaultId: 0,
      cancelId: 1,
      message: `Open the folder “${path.basename(link.folder)}” to show this passage?`,
      detail: link.folder,
    });
    if (response !== 0) return;
    await services.session.open(link.folder);
  }
  services.session.events.emit('ui.reveal', { docId: link.doc, start: link.start, end: link.end });
}

function isDirectory(folder: string): boolean {
  try {
    return existsSync(folder) && statSync(folder).isDirectory();
  } catch {
    return false;
  }
}
