import path from 'node:path';
import { watch, type FSWatcher } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { documentId } from '../../../shared/model/ids';
import { formatOf } from '../ingest/ingest-file';
import { isIgnoredName } from './scan';
import type { FilesChange, Workspace } from './workspace';

/** What the watcher reports after each batch of re-parsed files. */
export interface WatchEvents {
  fileChanged: (p: { path: string; kind: 'added' | 'changed' | 'removed' }) => void;
  documentsChanged: (p: { ids: string[]; reason: string }) => void;
}

/** A folder watched from before its open: it records what changes until the opened workspace is attached. */
export interface FolderWatch {
  /** Settles (never rejects) once every folder present at the start is watched; scan after this. */
  readonly ready: Promise<void>;
  /**
   * Hands over the opened workspace: once `announced` settles (the folder is current and
   * `workspace.opened` sent), the files added, changed or removed while it opened are re-read (those the
   * open already read as they are now are left alone); then changes are followed as they come. Returns
   * the function that stops watching (for `Workspace.onClose`).
   */
  attach(ws: Workspace, events: WatchEvents, announced?: Promise<unknown>): () => Promise<void>;
  /** Stops watching and waits for a batch under way (an open that failed). */
  close(): Promise<void>;
}

/** Quiet time before a batch of events is processed (a save often fires several events). */
const BATCH_MS = 250;

/**
 * A file whose size and mtime still match its parse is taken as read after its last write only when that
 * mtime is this much older than the watch (git's racy-clean rule, as in the parse cache): within one
 * timestamp tick a second write of the same size leaves the mtime unchanged (2 s covers FAT).
 */
const RACY_MS = 2000;

/**
 * Watches the open folder and re-parses only the files that were added, changed, renamed or removed,
 * once the events for them have been quiet for {@link BATCH_MS} (a file that is still being written when
 * it is read is re-read: see ingest-run's retry), so the library, the index and the anchors follow within
 * about a second. One `fs.watch` per folder, not per file: chokidar watched and `lstat`ed every file,
 * which at 100 000 files cost 21 s of services-thread CPU on opening and one inotify watch per file.
 * A folder created or moved in is read and watched; one removed or moved out takes its files with it.
 * Editor temp files, hidden files and `.dossier/` are ignored; a `<file>.meta.json` change re-reads its
 * article. Symbolic links to folders are not followed. The watcher closes with the workspace.
 */
export function watchWorkspace(ws: Workspace, events: WatchEvents): () => Promise<void> {
  return watchFolder(ws.root).attach(ws, events);
}

/**
 * Starts watching `root` before it is opened (ADR 086): the scan of a large folder takes minutes, and a
 * file saved after the scan read it would otherwise keep its old parse. Until {@link FolderWatch.attach}
 * the relative paths named by events are only recorded, once each; {@link watchWorkspace} explains the rest.
 */
export function watchFolder(root: string): FolderWatch {
  const pending = new Set<string>();
  // Until attached: articles named through their `.meta.json` (their own size and mtime did not move),
  // and folders that went away (their files are known only once the workspace exists).
  const metaChanged = new Set<string>();
  const goneFolders = new Set<string>();
  const folders = new Map<string, FSWatcher>();
  const watchedSince = Date.now();
  let target: { ws: Workspace; events: WatchEvents } | null = null;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  let closed = false;
  let stop = () => {};
  // Settles on close: a replay still waiting for its open to be announced gives up instead of holding
  // up the close (the next open closes this folder before its own open is announced).
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  const absOf = (rel: string) => path.join(root, ...rel.split('/').filter(Boolean));
  const join = (dir: string, name: string) => (dir ? `${dir}/${name}` : name).normalize('NFC');
  const ignored = (rel: string) =>
    rel.split('/').some((part) => isIgnoredName(part) && !part.endsWith('.meta.json'));

  const run = (work: () => Promise<void>) => {
    running = running.then(work).catch((e: unknown) => console.error('workspace: watcher update failed:', e));
  };

  const queue = (relPath: string) => {
    let rel = relPath;
    const meta = rel.endsWith('.meta.json');
    if (meta) rel = rel.slice(0, -'.meta.json'.length);
    if (!formatOf(rel) && !target?.ws.files.has(rel)) return;
    pending.add(rel);
    if (!target) {
      if (meta) metaChanged.add(rel);
      return;
    }
    const { ws, events } = target;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      const batch = [...pending];
      pending.clear();
      run(() => applyBatch(ws, batch, events));
    }, BATCH_MS);
  };

  // A folder gone (deleted or moved away): stop watching it and re-read its files, which removes them.
  const dropFolder = (rel: string) => {
    for (const [dir, w] of folders)
      if (dir === rel || dir.startsWith(`${rel}/`)) {
        w.close();
        folders.delete(dir);
      }
    if (!target) goneFolders.add(rel);
    else for (const p of target.ws.files.keys()) if (p.startsWith(`${rel}/`)) queue(p);
  };

  // Watches `rel` and every folder under it; `withFiles` also queues the files found (a folder that
  // appeared after the scan), the first walk only looks for folders.
  const addFolder = async (rel: string, withFiles: boolean): Promise<void> => {
    if (closed || folders.has(rel)) return;
    try {
      const w = watch(absOf(rel), (_event, name) => {
        if (closed) return;
        if (name === null) void rescan(rel);
        else entryChanged(rel, String(name));
      });
      w.on('error', () => dropFolder(rel));
      folders.set(rel, w);
    } catch (e) {
      console.error(
        `workspace: cannot watch ${rel || 'the folder'}; changes in it will show after re-opening:`,
        e,
      );
      return;
    }
    let entries;
    try {
      entries = await readdir(absOf(rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (isIgnoredName(entry.name)) continue;
      const child = join(rel, entry.name);
      if (entry.isDirectory()) await addFolder(child, withFiles);
      else if (withFiles && entry.isFile()) queue(child);
    }
  };

  // The system could not say which entry changed: re-read the folder's files and subfolders.
  const rescan = async (rel: string) => {
    folders.get(rel)?.close();
    folders.delete(rel);
    await addFolder(rel, true);
  };

  const entryChanged = (dir: string, name: string) => {
    const rel = join(dir, name);
    if (ignored(rel)) return;
    queue(rel);
    // Also a folder created, moved in, removed or moved out?
    stat(absOf(rel)).then(
      (info) => {
        if (info.isDirectory()) void addFolder(rel, true);
      },
      () => {
        if ([...folders.keys()].some((d) => d === rel || d.startsWith(`${rel}/`))) dropFolder(rel);
      },
    );
  };

  const close = async () => {
    closed = true;
    stop();
    if (timer) clearTimeout(timer);
    for (const w of folders.values()) w.close();
    folders.clear();
    await running;
  };

  const ready = addFolder('', false);
  return {
    ready,
    attach(ws, events, announced = Promise.resolve()) {
      if (target) throw new Error('workspace: a folder watch serves one workspace');
      target = { ws, events };
      const recorded = new Set(pending);
      pending.clear();
      for (const dir of goneFolders)
        for (const p of ws.files.keys()) if (p.startsWith(`${dir}/`)) recorded.add(p);
      const meta = new Set(metaChanged);
      goneFolders.clear();
      metaChanged.clear();
      if (recorded.size > 0)
        run(async () => {
          // After the open is announced, as for a save made just after it: events about the new folder
          // never reach a page that has not been told it is open.
          await Promise.race([announced.catch(() => undefined), stopped]);
          if (closed) return;
          const batch = await changedSinceRead(ws, [...recorded], meta, watchedSince);
          if (batch.length > 0 && !closed) await applyBatch(ws, batch, events);
        });
      return close;
    },
    close,
  };
}

/**
 * Of the paths named while the folder was opening, those whose parse may be out of date: added, removed,
 * re-described by their `.meta.json`, or changed since the open read them. A file whose size and mtime
 * still match its parse, with an mtime from before the watch began (beyond {@link RACY_MS}), was read
 * as it is now (an attribute change, a copy that kept its timestamps): it is left alone. A recent match
 * is re-read through the parse cache, which checks the raw bytes of such entries before parsing again.
 */
async function changedSinceRead(
  ws: Workspace,
  paths: readonly string[],
  metaChanged: ReadonlySet<string>,
  watchedSince: number,
): Promise<string[]> {
  const keep = await Promise.all(
    paths.map(async (rel) => {
      const parsed = ws.files.get(rel);
      if (metaChanged.has(rel)) return true;
      const info = await stat(path.join(ws.root, ...rel.split('/'))).catch(() => null);
      if (!info?.isFile()) return parsed !== undefined;
      return !(
        parsed &&
        parsed.size === info.size &&
        parsed.mtimeMs === info.mtimeMs &&
        info.mtimeMs < watchedSince - RACY_MS
      );
    }),
  );
  return paths.filter((_, i) => keep[i]);
}

async function applyBatch(ws: Workspace, batch: string[], events: WatchEvents): Promise<void> {
  const before = new Map(batch.map((p) => [p, ws.files.get(p)?.stories.length ?? 0]));
  const change: FilesChange = await ws.refresh(batch);
  const ids: string[] = [];
  for (const [kind, paths] of [
    ['added', change.added],
    ['changed', change.changed],
    ['removed', change.removed],
  ] as const) {
    for (const p of paths) {
      events.fileChanged({ path: p, kind });
      const n = Math.max(before.get(p) ?? 0, ws.files.get(p)?.stories.length ?? 0);
      for (let i = 1; i <= n; i++) ids.push(documentId(p, i));
    }
  }
  if (ids.length) events.documentsChanged({ ids, reason: 'files changed on disk' });
}
