import { randomUUID } from 'node:crypto';
import type { Params, Result } from '../../../shared/contract';
import type { Annotation, AnnotationColor } from '../../../shared/model/annotation';
import { parseDocumentId } from '../../../shared/model/ids';
import { describeRange } from '../anchoring/selectors';
import { DossierError } from '../errors';
import type { Session } from '../session';
import { docIdAt } from './resolve';
import {
  allCurrent,
  current,
  emitChanged,
  reanchorAll,
  stateFor,
  undoFor,
  type AnnotationsState,
} from './state';
import type { Change } from './undo';

/** The parsed file of a document id, or not_found with what to do. */
export function fileFor(st: AnnotationsState, docId: string) {
  const { path } = parseDocumentId(docId);
  const file = st.ws.files.get(path);
  if (!file)
    throw new DossierError(
      'not_found',
      `annotations: no document "${docId}" in this folder; it may have been moved or deleted. Re-open the folder and select the text again.`,
    );
  return file;
}

function mustGet(st: AnnotationsState, id: string): Annotation {
  const a = current(st, id);
  if (!a)
    throw new DossierError(
      'not_found',
      `annotations: no annotation "${id}"; it may have been deleted (try undo).`,
    );
  return a;
}

/** Tags trimmed, empty ones dropped, each once. */
export function cleanTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter((t) => t.length > 0))];
}

/** The colour bound to the first of `tags` that has one. */
export function tagColor(st: AnnotationsState, tags: readonly string[]): AnnotationColor | null {
  for (const t of tags) {
    const c = st.tags.get(t.toLowerCase())?.color;
    if (c) return c;
  }
  return null;
}

/** Applies a step's changes (as a redo when `forward`, else as an undo). */
async function apply(st: AnnotationsState, changes: Change[], forward: boolean): Promise<string[]> {
  const puts: Annotation[] = [];
  const removes: string[] = [];
  const ids: string[] = [];
  for (const c of changes) {
    const target = forward ? c.after : c.before;
    const other = forward ? c.before : c.after;
    const id = (target ?? other)?.id;
    if (!id) continue;
    ids.push(id);
    st.checked.delete(id);
    st.overlay.delete(id);
    if (target) puts.push(target);
    else removes.push(id);
  }
  // Staged in one tick so the collection's group commit writes them together: undoing a bulk tag of
  // thousands of passages is one save, not thousands.
  await Promise.all([st.col.putMany(puts), ...removes.map((id) => st.col.remove(id))]);
  await reanchorAll(st, new Set(puts.map((p) => p.path)));
  return ids;
}

/** Saves one action's changes in one sidecar write, pushes it as one undo step and tells clients. */
export async function record(session: Session, st: AnnotationsState, label: string, changes: Change[]) {
  const forward = changes.filter((c) => c.after).map((c) => c.after as Annotation);
  const removed = changes.filter((c) => !c.after && c.before).map((c) => (c.before as Annotation).id);
  await Promise.all([st.col.putMany(forward), ...removed.map((id) => st.col.remove(id))]);
  undoFor(session).push({ label, changes });
  emitChanged(session, st, [...forward.map((a) => a.id), ...removed], label);
  countsChanged(session, changes);
}

/** The library shows annotation counts: tell it when a create, delete or re-attach changed them. */
function countsChanged(session: Session, changes: Change[]): void {
  const ids = new Set<string>();
  for (const c of changes)
    if (!c.before || !c.after || c.before.docId !== c.after.docId)
      for (const a of [c.before, c.after]) if (a) ids.add(a.docId);
  if (ids.size > 0) session.events.emit('documents.changed', { ids: [...ids], reason: 'annotations' });
}

/** `annotations.create`: builds selectors from the file's canonical text and saves. */
export async function createAnnotation(
  session: Session,
  p: Params<'annotations.create'>,
): Promise<Result<'annotations.create'>> {
  const st = await stateFor(session);
  const file = fileFor(st, p.docId);
  const sel = describeRange(file.text, p.start, p.end, file.contentHash);
  const now = new Date().toISOString();
  const tags = cleanTags(p.tags ?? []);
  const a: Annotation = {
    id: randomUUID(),
    docId: docIdAt(file, sel.position.start),
    path: file.relPath,
    quote: sel.quote,
    position: sel.position,
    contentHash: sel.contentHash,
    color: p.color ?? tagColor(st, tags) ?? 'yellow',
    note: p.note ?? '',
    tags,
    entity: p.entity ? { ...p.entity, id: p.entity.id ?? null } : null,
    issue: p.issue ? { ...p.issue, id: p.issue.id ?? null } : null,
    created: now,
    modified: now,
    state: 'anchored',
    score: 1,
    current: { start: sel.position.start, end: sel.position.end },
    detached: false,
  };
  await record(session, st, p.note ? 'Add note' : 'Highlight', [{ before: null, after: a }]);
  return a;
}

function updateLabel(p: Params<'annotations.update'>): string {
  if (p.tags !== undefined) return 'Re-tag';
  if (p.note !== undefined) return 'Edit note';
  if (p.color !== undefined) return 'Change colour';
  if (p.entity !== undefined) return 'Set entity';
  if (p.issue !== undefined) return 'Set issue';
  return 'Edit annotation';
}

/** `annotations.update`: changes the editable fields. */
export async function updateAnnotation(
  session: Session,
  p: Params<'annotations.update'>,
): Promise<Result<'annotations.update'>> {
  const st = await stateFor(session);
  const before = mustGet(st, p.id);
  const after: Annotation = { ...before, modified: new Date().toISOString() };
  if (p.color !== undefined) after.color = p.color;
  if (p.note !== undefined) after.note = p.note;
  if (p.tags !== undefined) after.tags = cleanTags(p.tags);
  if (p.entity !== undefined) after.entity = p.entity ? { ...p.entity, id: p.entity.id ?? null } : null;
  if (p.issue !== undefined) after.issue = p.issue ? { ...p.issue, id: p.issue.id ?? null } : null;
  await record(session, st, updateLabel(p), [{ before, after }]);
  return after;
}

/** `annotations.delete`. */
export async function deleteAnnotation(session: Session, id: string): Promise<{ id: string }> {
  const st = await stateFor(session);
  const before = mustGet(st, id);
  await record(session, st, 'Delete annotation', [{ before, after: null }]);
  return { id };
}

/** `annotations.reattach`: the selection becomes the annotation's new quote and place. */
export async function reattachAnnotation(
  session: Session,
  p: Params<'annotations.reattach'>,
): Promise<Result<'annotations.reattach'>> {
  const st = await stateFor(session);
  const before = mustGet(st, p.id);
  const file = fileFor(st, p.docId);
  const sel = describeRange(file.text, p.start, p.end, file.contentHash);
  const after: Annotation = {
    ...before,
    docId: docIdAt(file, sel.position.start),
    path: file.relPath,
    quote: sel.quote,
    position: sel.position,
    contentHash: sel.contentHash,
    state: 'anchored',
    score: 1,
    current: { start: sel.position.start, end: sel.position.end },
    detached: false,
    modified: new Date().toISOString(),
  };
  await record(session, st, 'Re-attach', [{ before, after }]);
  return after;
}

/** `annotations.detach`: keep an orphan detached, or send it back to the queue. */
export async function detachAnnotation(
  session: Session,
  p: Params<'annotations.detach'>,
): Promise<Result<'annotations.detach'>> {
  const st = await stateFor(session);
  const before = mustGet(st, p.id);
  const after: Annotation = { ...before, detached: p.detached, modified: new Date().toISOString() };
  await record(session, st, p.detached ? 'Keep detached' : 'Return to orphans', [{ before, after }]);
  return after;
}

/** `annotations.undo` / `annotations.redo`. */
export async function undoRedo(session: Session, direction: 'undo' | 'redo') {
  const st = await stateFor(session);
  const stack = undoFor(session);
  const step = direction === 'undo' ? stack.popUndo() : stack.popRedo();
  if (!step) return stack.state();
  try {
    const ids = await apply(st, step.changes, direction === 'redo');
    emitChanged(session, st, ids, `${direction} ${step.label}`);
    countsChanged(session, step.changes);
  } catch (e) {
    stack.restore(step, direction);
    throw e;
  }
  return stack.state();
}

/** `annotations.list`: re-anchored, filtered, in reading order (orphans last). */
export async function listAnnotations(
  session: Session,
  p: Params<'annotations.list'>,
): Promise<Result<'annotations.list'>> {
  const st = await stateFor(session);
  await st.col.refresh();
  await reanchorAll(st);
  const text = p.text?.toLowerCase();
  const tag = p.tag?.toLowerCase();
  const rows = allCurrent(st).filter(
    (a) =>
      (p.docId === undefined || a.docId === p.docId) &&
      (p.state === undefined || a.state === p.state) &&
      (p.color === undefined || a.color === p.color) &&
      (tag === undefined || a.tags.some((t) => t.toLowerCase() === tag)) &&
      (p.entity === undefined || a.entity?.name.toLowerCase() === p.entity.toLowerCase()) &&
      (p.issue === undefined || a.issue?.title.toLowerCase() === p.issue.toLowerCase()) &&
      (text === undefined ||
        [a.quote.exact, a.note, ...a.tags, a.entity?.name ?? '', a.issue?.title ?? ''].some((s) =>
          s.toLowerCase().includes(text),
        )),
  );
  const at = (a: Annotation) => (a.current ? a.current.start : Number.MAX_SAFE_INTEGER);
  return rows.sort(
    (a, b) =>
      (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : 0) ||
      at(a) - at(b) ||
      a.position.start - b.position.start,
  );
}

/** `annotations.get`. */
export async function getAnnotation(session: Session, id: string): Promise<Annotation> {
  const st = await stateFor(session);
  await reanchorAll(st);
  return mustGet(st, id);
}

/**
 * Annotation count per document id, for the library's `annotationCount` (orphans of a deleted file
 * count against their old document id, which no longer appears in the library).
 */
export async function annotationCounts(session: Session): Promise<Map<string, number>> {
  const st = await stateFor(session);
  const counts = new Map<string, number>();
  for (const a of allCurrent(st)) counts.set(a.docId, (counts.get(a.docId) ?? 0) + 1);
  return counts;
}

/**
 * Library rows with `annotationCount` filled in (the documents list is built by the workspace, which
 * knows nothing of annotations). Never fails the list: without a readable sidecar the counts stay 0.
 */
export async function withAnnotationCounts<T extends { id: string; annotationCount: number }>(
  session: Session,
  rows: T[],
): Promise<T[]> {
  const counts = await annotationCounts(session).catch(() => null);
  if (!counts) return rows;
  return rows.map((r) => ({ ...r, annotationCount: counts.get(r.id) ?? 0 }));
}
