import { stat } from 'node:fs/promises';
import { DossierError, isErrnoException } from '../errors';

/**
 * The error of an open whose folder went away (moved, renamed or deleted) after it was chosen: the
 * folder was there when the open was asked for, so "does not exist" would mislead.
 */
export function folderGoneError(root: string): DossierError {
  return new DossierError(
    'not_found',
    `workspace: the folder ${root} was moved or deleted while it was being opened. Check where it is now and open it again.`,
  );
}

/** True when `e` says the folder itself is no longer there (gone, or a file now in its place). */
export function isGone(e: unknown): boolean {
  return isErrnoException(e) && (e.code === 'ENOENT' || e.code === 'ENOTDIR');
}

/** True when `root` is no longer a folder (checked once an open has read it: its files all went with it). */
export async function folderGone(root: string): Promise<boolean> {
  try {
    return !(await stat(root)).isDirectory();
  } catch (e) {
    return isGone(e);
  }
}
