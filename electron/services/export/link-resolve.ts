import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseDocumentId } from '../../../shared/model/ids';
import type { Session } from '../session';
import type { ParsedLink } from './link';
import { foldersOfProject, knownProjectId, projectIdOf, rememberProject } from './project-identity';

/** How a candidate folder was recognised as the link's folder, strongest first. */
export type LinkMatch = 'project' | 'folder' | 'file';

/** Where a passage link leads on this machine (ADR 073). */
export type LinkResolution =
  | {
      kind: 'open';
      /** Absolute folder path to open (or already open). */
      folder: string;
      /** True when it is the folder open now. */
      current: boolean;
      match: LinkMatch;
      docId: string;
      start: number | null;
      end: number | null;
      /** True/false when the file's content hash could be compared with the link's; null when not. */
      changed: boolean | null;
    }
  | {
      kind: 'locate';
      /** The folder's name as the link gives it, for the "locate the folder" prompt. */
      name: string;
      docId: string;
      reason: string;
    };

/**
 * Resolves a passage link against the open folder, the folders where its project id was seen, the legacy
 * absolute path and the recent folders, in that order; a folder qualifies only when it holds the
 * document's file. The project id decides when both sides have one (a different id rules a folder out);
 * otherwise the folder name and then the file alone are the evidence. Nothing found: ask the user.
 */
export async function resolvePassageLink(session: Session, link: ParsedLink): Promise<LinkResolution> {
  const rel = parseDocumentId(link.doc).path;
  if (!isSafeRelative(rel))
    return {
      kind: 'locate',
      name: link.name,
      docId: link.doc,
      reason: 'the link names an invalid document path',
    };
  const ws = session.maybeWorkspace();
  const currentId = ws ? await knownProjectId(session) : null;
  const registered = link.project ? await foldersOfProject(session.options.dataDir, link.project) : [];
  const candidates = unique([
    ...(ws ? [ws.root] : []),
    ...registered,
    ...(link.version === 1 && path.isAbsolute(link.folder) ? [path.resolve(link.folder)] : []),
    ...session.appState.recent(),
  ]);
  let best: { folder: string; match: LinkMatch; rank: number } | null = null;
  for (const folder of candidates) {
    if (!(await isFile(path.join(folder, ...rel.split('/'))))) continue;
    const isCurrent = ws?.root === folder;
    const id = isCurrent ? currentId : await projectIdOf(folder, session.options.dataDir);
    // Another project that happens to hold a file of that name is never the link's folder.
    if (link.project && id && id !== link.project) continue;
    let match: LinkMatch;
    let rank: number;
    if (link.project && id === link.project) [match, rank] = ['project', 0];
    else if (link.version === 1 && folder === path.resolve(link.folder)) [match, rank] = ['folder', 1];
    else if (path.basename(folder) === link.name) [match, rank] = ['file', isCurrent ? 2 : 3];
    else [match, rank] = ['file', isCurrent ? 4 : 5];
    if (!best || rank < best.rank) best = { folder, match, rank };
  }
  if (!best)
    return {
      kind: 'locate',
      name: link.name,
      docId: link.doc,
      reason: `no open or recent folder holds ${rel}`,
    };
  const current = ws?.root === best.folder;
  const hash = current ? ws?.files.get(rel)?.contentHash : undefined;
  if (link.project && best.match === 'project')
    await rememberProject(session.options.dataDir, link.project, best.folder).catch(() => undefined);
  return {
    kind: 'open',
    folder: best.folder,
    current,
    match: best.match,
    docId: link.doc,
    start: link.start,
    end: link.end,
    changed: hash && link.sha256 ? !hash.startsWith(link.sha256) : null,
  };
}

/** True when `folder` holds the link's document file (used after the user locates a folder). */
export async function folderHoldsDocument(folder: string, docId: string): Promise<boolean> {
  const rel = parseDocumentId(docId).path;
  return isSafeRelative(rel) && isFile(path.join(folder, ...rel.split('/')));
}

function isSafeRelative(rel: string): boolean {
  return (
    rel.length > 0 && !rel.startsWith('/') && !/^[a-zA-Z]:/.test(rel) && !rel.split(/[\\/]/).includes('..')
  );
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

function unique(folders: string[]): string[] {
  return [...new Set(folders.map((f) => path.resolve(f)))];
}
