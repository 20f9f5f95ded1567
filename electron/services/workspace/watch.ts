import path from 'node:path';
import { watch } from 'chokidar';
import { documentId } from '../../../shared/model/ids';
import { formatOf } from '../ingest/ingest-file';
import { isIgnoredName } from './scan';
import type { FilesChange, Workspace } from './workspace';

/** What the watcher reports after each batch of re-parsed files. */
export interface WatchEvents {
  fileChanged: (p: { path: string; kind: 'added' | 'changed' | 'removed' }) => void;
  documentsChanged: (p: { ids: string[]; reason: string }) => void;
}

/** Quiet time before a batch of events is processed (a save often fires several events). */
const BATCH_MS = 250;

/**
 * Watches the open folder (chokidar v4) and re-parses only the files that were added, changed, renamed
 * (unlink + add) or removed, once each write has settled (awaitWriteFinish), so the library, the index and
 * the anchors follow within about a second. Editor temp files, hidden files and `.dossier/` are ignored;
 * a `<file>.meta.json` change re-reads its article. The watcher closes with the workspace.
 */
export function watchWorkspace(ws: Workspace, events: WatchEvents): () => Promise<void> {
  const watcher = watch(ws.root, {
    ignoreInitial: true,
    followSymlinks: false,
    awaitWriteFinish: { stabilityThreshold: 300, pollInterval: 50 },
    ignored: (p: string) => {
      const rel = path.relative(ws.root, p);
      if (!rel) return false;
      return rel.split(path.sep).some((part) => isIgnoredName(part) && !part.endsWith('.meta.json'));
    },
  });
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  const queue = (abs: string) => {
    let rel = path.relative(ws.root, abs).split(path.sep).join('/').normalize('NFC');
    if (rel.endsWith('.meta.json')) rel = rel.slice(0, -'.meta.json'.length);
    if (!formatOf(rel) && !ws.files.has(rel)) return;
    pending.add(rel);
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      const batch = [...pending];
      pending.clear();
      running = running
        .then(() => applyBatch(ws, batch, events))
        .catch((e: unknown) => console.error('workspace: watcher update failed:', e));
    }, BATCH_MS);
  };
  watcher.on('add', queue).on('change', queue).on('unlink', queue);
  watcher.on('error', (e: unknown) => console.error('workspace: watcher error:', e));
  return async () => {
    if (timer) clearTimeout(timer);
    await watcher.close();
    await running;
  };
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
