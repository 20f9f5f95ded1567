import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SkippedFile } from '../../../shared/model/document';
import { DossierError, isErrnoException } from '../errors';
import { folderGoneError, isGone } from '../fs/folder-gone';
import { SIDECAR_DIR } from '../sidecar/location';

/** A file found by the walk: absolute path for fs calls, NFC relative path with `/` for ids. */
export interface FoundFile {
  absPath: string;
  relPath: string;
}

/** What the walk found and what it had to leave out. */
export interface ScanResult {
  files: FoundFile[];
  skipped: SkippedFile[];
}

/** Names that are never articles: our sidecar, VCS folders, editor temp and lock files, OS litter. */
export function isIgnoredName(name: string): boolean {
  return (
    name === SIDECAR_DIR ||
    name.startsWith('.') ||
    name.endsWith('~') ||
    name.endsWith('.swp') ||
    name.endsWith('.tmp') ||
    name.endsWith('.meta.json') ||
    name === 'Thumbs.db' ||
    name === 'desktop.ini' ||
    name.startsWith('~$')
  );
}

/**
 * Walks `root` iteratively (no recursion depth limit), following symlinks only while they stay inside
 * the root and never twice to the same real directory (loops end). Unreadable entries are reported; a
 * root that went away before or during the walk is a {@link folderGoneError}, not an empty folder.
 */
export async function scanFolder(root: string): Promise<ScanResult> {
  let realRoot: string;
  try {
    realRoot = await realpath(root);
  } catch (e) {
    throw rootError(root, e);
  }
  const files: FoundFile[] = [];
  const skipped: SkippedFile[] = [];
  const visited = new Set<string>([realRoot]);
  const queue: string[] = [root];
  // Real path of each queued folder (a plain subfolder's is its parent's plus its name), for loop checks.
  const reals: string[] = [realRoot];
  const seen = new Set<string>();
  const rel = (abs: string) => path.relative(root, abs).split(path.sep).join('/').normalize('NFC');
  for (let qi = 0; qi < queue.length; qi++) {
    const dir = queue[qi] as string;
    const realDir = reals[qi] as string;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      if (qi === 0 && isGone(e)) throw folderGoneError(root);
      skipped.push({
        path: rel(dir) || '.',
        reason: 'unreadable',
        detail: errnoDetail(e, 'folder could not be listed'),
      });
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (isIgnoredName(entry.name)) continue;
      const abs = path.join(dir, entry.name);
      // readdir already knows plain files and folders; only links need lstat/realpath.
      const kind: Classified = entry.isFile()
        ? { type: 'file' }
        : entry.isDirectory()
          ? { type: 'dir', real: path.join(realDir, entry.name) }
          : await classify(abs, realRoot, visited);
      if (kind.type === 'dir') {
        if (visited.has(kind.real)) continue; // already scanned through a link
        visited.add(kind.real);
        queue.push(abs);
        reals.push(kind.real);
      } else if (kind.type === 'file') {
        const relPath = rel(abs);
        // Linux keeps "café" in NFC and NFD as two files; ids are NFC, so the second cannot have its own.
        if (seen.has(relPath))
          skipped.push({
            path: `${relPath} (${abs.normalize('NFC') === abs ? 'NFC' : 'NFD'})`,
            reason: 'name-clash',
            detail:
              'another file has the same name in a different Unicode form (NFC/NFD); rename one of them',
          });
        else {
          seen.add(relPath);
          files.push({ absPath: abs, relPath });
        }
      } else if (kind.type === 'skip')
        skipped.push({ path: rel(abs), reason: kind.reason, detail: kind.detail });
    }
  }
  return { files, skipped };
}

type Classified =
  | { type: 'dir'; real: string }
  | { type: 'file' }
  | { type: 'ignore' }
  | { type: 'skip'; reason: SkippedFile['reason']; detail: string };

async function classify(abs: string, realRoot: string, visited: Set<string>): Promise<Classified> {
  try {
    const link = await lstat(abs);
    if (!link.isSymbolicLink()) {
      if (link.isDirectory()) return { type: 'dir', real: await realpath(abs) };
      return link.isFile() ? { type: 'file' } : { type: 'ignore' };
    }
    const target = await realpath(abs);
    const inside = path.relative(realRoot, target);
    if (inside.startsWith('..') || path.isAbsolute(inside)) {
      return {
        type: 'skip',
        reason: 'outside-root',
        detail: 'a link that points outside the folder is not followed',
      };
    }
    const info = await stat(target);
    if (info.isDirectory()) {
      if (visited.has(target))
        return { type: 'skip', reason: 'symlink-loop', detail: 'a link back into a folder already scanned' };
      return { type: 'dir', real: target };
    }
    return info.isFile() ? { type: 'file' } : { type: 'ignore' };
  } catch (e) {
    if (isErrnoException(e) && e.code === 'ELOOP')
      return { type: 'skip', reason: 'symlink-loop', detail: 'a symbolic link loop' };
    return { type: 'skip', reason: 'unreadable', detail: errnoDetail(e, 'could not be read') };
  }
}

/** A root that cannot be resolved: gone, or unreadable (with what to do about it). */
function rootError(root: string, e: unknown): DossierError {
  if (isGone(e)) return folderGoneError(root);
  if (isErrnoException(e) && (e.code === 'EACCES' || e.code === 'EPERM'))
    return new DossierError(
      'io_error',
      `workspace: the folder ${root} cannot be read (permission denied). Check its permissions, then open it again.`,
    );
  return new DossierError(
    'io_error',
    `workspace: the folder ${root} could not be read (${isErrnoException(e) ? e.code : String(e)}). Check that it is still there and readable, then open it again.`,
  );
}

function errnoDetail(e: unknown, what: string): string {
  return isErrnoException(e) ? `${what} (${e.code})` : `${what}: ${String(e)}`;
}
