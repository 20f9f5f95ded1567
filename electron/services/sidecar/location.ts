import { createHash } from 'node:crypto';
import { access, constants, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { SidecarInfo } from '../../../shared/model/workspace';

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
  const inAppData = path.join(dataDir, 'projects', folderKey(root));
  if (preferAppData)
    return {
      location: 'app-data',
      path: inAppData,
      readOnly: false,
      reason: 'kept outside the folder at your request',
    };
  if (await isWritableDir(root)) return { location: 'folder', path: inFolder, readOnly: false, reason: null };
  if (await isWritableDir(inFolder))
    return { location: 'folder', path: inFolder, readOnly: false, reason: null };
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
