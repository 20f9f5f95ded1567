import { z } from 'zod';
import {
  AnnotationColorSchema,
  AnnotationSchema,
  TagSchema,
  type Annotation,
} from '../../../shared/model/annotation';
import type { Session } from '../session';
import type { SidecarCollection } from '../sidecar/collection';
import { sidecarFor } from '../sidecar/store';
import type { Workspace } from '../workspace/workspace';
import { anchorChanged, resolveAnnotation } from './resolve';
import { UndoStack } from './undo';

/** Schema version of `annotations.json`; bump with a migration in {@link ANNOTATION_MIGRATIONS}. */
export const ANNOTATIONS_VERSION = 1;
/** Record value upgrades, keyed by the version they upgrade from (none yet). */
export const ANNOTATION_MIGRATIONS = {};

/** How often other hosts' saves to the same sidecar are looked for. */
const REMOTE_POLL_MS = 2000;

/** A tag bound to a key 1–9 and/or a colour, stored in `annotation-tags.json`. */
export const BoundTagRecordSchema = z.object({
  id: z.string(),
  tag: TagSchema,
  key: z.number().int().min(1).max(9).nullable(),
  color: AnnotationColorSchema.nullable(),
});
/** A {@link BoundTagRecordSchema} value. */
export type BoundTagRecord = z.infer<typeof BoundTagRecordSchema>;

/** Per-workspace annotations state. */
export interface AnnotationsState {
  ws: Workspace;
  col: SidecarCollection<Annotation>;
  tags: SidecarCollection<BoundTagRecord>;
  /** Re-anchored values that could not be saved (read-only sidecar): shown, not written. */
  overlay: Map<string, Annotation>;
  /** id → the anchoring input last resolved, so unchanged annotations are not re-matched. */
  checked: Map<string, string>;
}

const states = new WeakMap<Workspace, Promise<AnnotationsState>>();
const undoStacks = new WeakMap<Session, { ws: Workspace; stack: UndoStack }>();

/** The annotations state of the session's workspace; opened, re-anchored and subscribed on first use. */
export function stateFor(session: Session): Promise<AnnotationsState> {
  const ws = session.workspace();
  let st = states.get(ws);
  if (!st) {
    st = open(session, ws);
    st.catch(() => states.delete(ws));
    states.set(ws, st);
  }
  return st;
}

/** The session's undo stack (a new one when the session opened another folder). */
export function undoFor(session: Session): UndoStack {
  const ws = session.workspace();
  let entry = undoStacks.get(session);
  if (!entry || entry.ws !== ws) {
    entry = { ws, stack: new UndoStack() };
    undoStacks.set(session, entry);
  }
  return entry.stack;
}

async function open(session: Session, ws: Workspace): Promise<AnnotationsState> {
  const store = sidecarFor(session);
  const col = await store.collection(
    'annotations',
    AnnotationSchema,
    ANNOTATIONS_VERSION,
    ANNOTATION_MIGRATIONS,
  );
  const tags = await store.collection('annotation-tags', BoundTagRecordSchema, 1);
  const st: AnnotationsState = { ws, col, tags, overlay: new Map(), checked: new Map() };
  await reanchorAll(st);
  ws.onFilesChanged((change) => {
    const paths = new Set([...change.added, ...change.changed, ...change.removed]);
    reanchorAll(st, paths)
      .then((ids) => emitChanged(session, st, ids, 'files changed'))
      .catch((e: unknown) => console.error('annotations: re-anchoring after a file change failed:', e));
  });
  // Another window or `serve` on the same folder: pick up its saves (a stat every few seconds).
  const poll = setInterval(() => {
    void Promise.all([col.refresh(), tags.refresh()]).catch(() => undefined);
  }, REMOTE_POLL_MS);
  poll.unref();
  ws.onClose(() => clearInterval(poll));
  col.onChange((ids, origin) => {
    if (origin === 'remote') {
      for (const id of ids) st.checked.delete(id);
      emitChanged(session, st, ids, 'saved by another window');
    }
  });
  return st;
}

/** Tells clients which annotations (and documents) changed. */
export function emitChanged(session: Session, st: AnnotationsState, ids: string[], reason: string): void {
  if (ids.length === 0) return;
  const docIds = new Set<string>();
  for (const id of ids) {
    const a = current(st, id);
    if (a) docIds.add(a.docId);
  }
  session.events.emit('annotations.changed', { ids, docIds: [...docIds], reason });
}

/** The annotation as shown (re-anchored overlay first). */
export function current(st: AnnotationsState, id: string): Annotation | undefined {
  return st.overlay.get(id) ?? st.col.get(id);
}

/** Every annotation as shown. */
export function allCurrent(st: AnnotationsState): Annotation[] {
  return st.col.all().map((a) => st.overlay.get(a.id) ?? a);
}

function anchoringKey(a: Annotation, fileHash: string): string {
  return `${fileHash}|${a.contentHash}|${a.position.start}|${a.position.end}|${a.quote.exact.length}|${a.detached}`;
}

/**
 * Re-anchors annotations (of `paths`, or all) against the current files and saves what changed
 * (or keeps it in the overlay when the sidecar is read-only). Returns the ids that changed.
 */
export async function reanchorAll(st: AnnotationsState, paths?: Set<string>): Promise<string[]> {
  const updates: Annotation[] = [];
  for (const a of st.col.all()) {
    if (paths && !paths.has(a.path)) continue;
    const file = st.ws.files.get(a.path);
    const key = anchoringKey(a, file?.contentHash ?? 'missing');
    if (!paths && st.checked.get(a.id) === key) continue;
    const next = resolveAnnotation(a, file);
    st.checked.set(a.id, anchoringKey(next, file?.contentHash ?? 'missing'));
    if (anchorChanged(a, next)) updates.push(next);
  }
  if (updates.length === 0) return [];
  if (st.col.status().readOnly) {
    for (const u of updates) st.overlay.set(u.id, u);
  } else {
    try {
      await st.col.putMany(updates);
      for (const u of updates) st.overlay.delete(u.id);
    } catch (e) {
      // The save error is in the collection's status for the UI; the anchors are still shown.
      for (const u of updates) st.overlay.set(u.id, u);
      console.error('annotations: could not save re-anchored positions:', e);
    }
  }
  return updates.map((u) => u.id);
}
