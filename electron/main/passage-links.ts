import { app, dialog, type BrowserWindow } from 'electron';
import path from 'node:path';
import { parseDossierLink } from '../services/export/link';
import { locateLinkedPassage } from '../services/export/link-place';
import { folderHoldsDocument, resolvePassageLink } from '../services/export/link-resolve';
import { ensureProjectId } from '../services/export/project-identity';
import type { Services } from '../services';

/** The URL scheme of exported citations: `dossier://open?v=2&project=…&name=…&doc=…&start=…&end=…&q=…` (ADRs 073, 077). */
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
 * strictly, and opening a folder other than the current one asks first. Portable links name the folder
 * by project id and name: it is looked for in the open and recent folders, and when it cannot be found
 * the user is asked to locate it. Legacy links (absolute folder path) still open.
 */
export async function openPassageLink(url: string, win: BrowserWindow, services: Services): Promise<void> {
  const link = parseDossierLink(url);
  if (!link) {
    await dialog.showMessageBox(win, {
      type: 'warning',
      message: 'This Dossier link cannot be opened.',
      detail: 'The link is incomplete or damaged.',
    });
    return;
  }
  const session = services.session;
  const found = await resolvePassageLink(session, link);
  let folder: string;
  if (found.kind === 'locate') {
    const picked = await locateFolder(win, found.name, found.docId);
    if (!picked) return;
    folder = picked;
  } else {
    folder = found.folder;
    if (!found.current) {
      const { response } = await dialog.showMessageBox(win, {
        type: 'question',
        buttons: ['Open folder', 'Cancel'],
        defaultId: 0,
        cancelId: 1,
        message: `Open the folder “${path.basename(folder)}” to show this passage?`,
        detail: folder,
      });
      if (response !== 0) return;
    }
  }
  if (session.maybeWorkspace()?.root !== folder) await session.open(folder);
  // Remember where this project lives, so its next links open without asking.
  await ensureProjectId(session);
  // Where the passage is now: in a file changed since, the link's quote is looked for again (ADR 077).
  const at = locateLinkedPassage(session, link);
  if (at.notice) await dialog.showMessageBox(win, { type: 'info', ...at.notice });
  session.events.emit('ui.reveal', { docId: at.docId, start: at.start, end: at.end });
}

/** Asks the user for the folder of a link that no known folder matches; null when cancelled. */
async function locateFolder(win: BrowserWindow, name: string, docId: string): Promise<string | null> {
  const { response } = await dialog.showMessageBox(win, {
    type: 'question',
    buttons: ['Locate folder…', 'Cancel'],
    defaultId: 0,
    cancelId: 1,
    message: `Where is the folder “${name || 'unknown'}”?`,
    detail: `This link points to ${docId} in a folder Dossier has not opened on this computer. Choose the folder to open the passage.`,
  });
  if (response !== 0) return null;
  const picked = await dialog.showOpenDialog(win, {
    title: `Locate “${name}”`,
    properties: ['openDirectory'],
  });
  const folder = picked.canceled ? undefined : picked.filePaths[0];
  if (!folder) return null;
  if (!(await folderHoldsDocument(folder, docId))) {
    await dialog.showMessageBox(win, {
      type: 'warning',
      message: `That folder does not contain ${docId}.`,
      detail:
        'Choose the folder the link was exported from (it holds the linked file at the same relative path).',
    });
    return null;
  }
  return folder;
}
