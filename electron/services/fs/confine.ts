import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { DossierError, isErrnoException } from '../errors';

/**
 * Resolves `relPath` (as named by the renderer or a file on the wire) inside `root` and refuses anything
 * that leaves it: `..` traversal, absolute paths, and symlinks whose target is outside. The check is
 * `path.relative` on real paths — a string `startsWith` would let `<root>-other` through.
 */
export async function resolveInside(root: string, relPath: string): Promise<string> {
  if (relPath.includes('\0')) throw refuse(relPath, 'it contains a NUL byte');
  if (path.isAbsolute(relPath) || /^[a-zA-Z]:[\\/]/.test(relPath) || relPath.startsWith('\\\\'))
    throw refuse(relPath, 'it is an absolute path');
  let realRoot: string;
  try {
    realRoot = await realpath(root);
  } catch (e) {
    throw new DossierError(
      isErrnoException(e) && e.code === 'ENOENT' ? 'not_found' : 'io_error',
      isErrnoException(e) && e.code === 'ENOENT'
        ? `paths: the folder ${root} was moved or deleted while it was open. Check where it is now and open it again.`
        : `paths: cannot read the folder ${root}: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  const candidate = path.resolve(realRoot, relPath);
  if (!isInside(realRoot, candidate)) throw refuse(relPath, 'it points outside the folder');
  let real: string;
  try {
    real = await realpath(candidate);
  } catch (e) {
    if (isErrnoException(e) && e.code === 'ENOENT')
      throw new DossierError(
        'not_found',
        `paths: ${relPath} does not exist in the folder; it may have been moved or deleted.`,
      );
    throw new DossierError(
      'io_error',
      `paths: cannot read ${relPath}: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  if (!isInside(realRoot, real)) throw refuse(relPath, 'it is a link to a place outside the folder');
  return real;
}

/** True when `candidate` is `root` itself or lies below it (both already absolute and normalised). */
export function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function refuse(relPath: string, why: string): DossierError {
  return new DossierError(
    'forbidden',
    `paths: refused "${relPath.slice(0, 200)}" because ${why}. Dossier only reads files inside the open folder.`,
  );
}
