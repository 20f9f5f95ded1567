import { createHash } from 'node:crypto';
import { access, constants, mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { SidecarInfo } from '../../../shared/model/workspace';
import { writeFileAtomic } from '../fs/atomic-write';
import { folderGone, folderGoneError } from '../fs/folder-gone';

/** Name of the per-folder sidecar directory (DESIGN.md §5). */
export const SIDECAR_DIR = '.dossier';

/**
 * Decides where a folder's sidecar lives: `<folder>/.dossier/` when the folder is writable (or the
 * sidecar already exists there), otherwise the app data directory, keyed by the folder's path.
 */
export async function locateSidecar(
  root: string,
  dataDir: string,
  preferAppData = false,
): Promise<SidecarInfo> {
  const inFolder = path.join(root, SIDECAR_DIR);
  const inAppData = appDataSidecar(root, dataDir);
  if (preferAppData || (await prefersAppData(root, dataDir)))
    return {
      location: 'app-data',
      path: inAppData,
      readOnly: false,
      reason: 'kept outside the folder at your request',
    };
  if (await isWritableDir(root)) return { location: 'folder', path: inFolder, readOnly: false, reason: null };
  if (await isWritableDir(inFolder))
    return { location: 'folder', path: inFolder, readOnly: false, reason: null };
  // Not writable because it is not there any more: say so, and leave no empty sidecar behind for it.
  if (await folderGone(root)) throw folderGoneError(root);
  await mkdir(inAppData, { recursive: true });
  return {
    location: 'app-data',
    path: inAppData,
    readOnly: false,
    reason: 'the folder is read-only, so annotations are saved in the app data folder instead',
  };
}

/** A stable directory name for a folder path: readable basename plus a hash of the full path. */
export function folderKey(root: string): string {
  const hash = createHash('sha256').update(path.resolve(root)).digest('hex').slice(0, 16);
  const base =
    path
      .basename(root)
      .replace(/[^\p{L}\p{N}._-]+/gu, '_')
      .slice(0, 40) || 'folder';
  return `${base}-${hash}`;
}

async function isWritableDir(dir: string): Promise<boolean> {
  try {
    await access(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** The app-data stand-in for a folder's sidecar. */
export function appDataSidecar(root: string, dataDir: string): string {
  return path.join(dataDir, 'projects', folderKey(root));
}

/** The folder's own sidecar directory. */
export function folderSidecar(root: string): string {
  return path.join(root, SIDECAR_DIR);
}

function preferenceFile(root: string, dataDir: string): string {
  return path.join(appDataSidecar(root, dataDir), 'location.json');
}

/** True when the analyst chose to keep this folder's sidecar in the app data folder. */
export async function prefersAppData(root: string, dataDir: string): Promise<boolean> {
  try {
    const raw: unknown = JSON.parse(await readFile(preferenceFile(root, dataDir), 'utf8'));
    return typeof raw === 'object' && raw !== null && (raw as { keep?: unknown }).keep === 'app-data';
  } catch {
    return false;
  }
}

/** Records where the analyst wants this folder's sidecar (kept in app data, never in the folder). */
export async function setLocationPreference(
  root: string,
  dataDir: string,
  keep: 'folder' | 'app-data',
): Promise<void> {
  const file = preferenceFile(root, dataDir);
  if (keep === 'folder') return rm(file, { force: true });
  await mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, `${JSON.stringify({ keep, root: path.resolve(root) }, null, 2)}\n`);
}
