import { randomUUID } from 'node:crypto';
import type { Annotation } from '../../../shared/model/annotation';
import { parseDocumentId } from '../../../shared/model/ids';
import type { ActorCandidate, Evidence, Stance } from '../../../shared/model/issue';
import { getAnnotation, updateAnnotation } from '../annotations/service';
import { DossierError } from '../errors';
import type { Session } from '../session';
import { actorCandidates, sessionActorIndex } from './actor-entities';
import { issueMatcher, toEvidence } from './annotation-evidence';
import { issueCollections } from './store';

const now = () => new Date().toISOString();

/** Evidence ids of annotations tagged with an issue start with this (the annotation is the record). */
export const ANNOTATION_EVIDENCE = 'ann:';

/** A passage of a document with its exact quote, checked against the document's bounds. */
export function passageOf(session: Session, p: { docId: string; start: number; end: number }) {
  const ws = session.workspace();
  const doc = ws.get(p.docId);
  const file = ws.files.get(parseDocumentId(p.docId).path);
  if (!file || p.start < doc.start || p.end > doc.end || p.end <= p.start)
    throw new DossierError(
      'invalid_params',
      `issues: the passage ${p.start}–${p.end} is outside "${doc.title}". Select text inside the document.`,
    );
  return { docId: p.docId, start: p.start, end: p.end, quote: file.text.slice(p.start, p.end) };
}

/** What {@link linkEvidence} takes. */
export interface NewEvidence {
  issueId: string;
  docId: string;
  start: number;
  end: number;
  stance: Stance;
  actor?: string | null | undefined;
  entityId?: string | null | undefined;
  annotationId?: string | null | undefined;
  cue?: string | null | undefined;
  suggestionKey?: string | null | undefined;
}

/** Links a passage to an issue. An `entityId` given here pins the actor to that entity. */
export async function linkEvidence(session: Session, input: NewEvidence): Promise<Evidence> {
  const { issues, evidence } = await issueCollections(session);
  if (!issues.get(input.issueId))
    throw new DossierError(
      'not_found',
      `issues: no issue "${input.issueId}"; it may have been deleted. Reload the issue list.`,
    );
  const record = buildEvidence(session, input);
  await evidence.put(record);
  return record;
}

/** A new evidence record (not stored). */
export function buildEvidence(session: Session, input: NewEvidence): Evidence {
  const passage = passageOf(session, input);
  const record: Evidence = {
    ...passage,
    id: `ev-${randomUUID().slice(0, 12)}`,
    issueId: input.issueId,
    annotationId: input.annotationId ?? null,
    stance: input.stance,
    actor: input.actor?.trim() || null,
    entityId: input.entityId ?? null,
    cue: input.cue ?? null,
    suggestionKey: input.suggestionKey ?? null,
    createdAt: now(),
  };
  if (input.entityId) record.actorLink = 'pinned';
  return record;
}

/** What {@link updateEvidence} takes. */
export interface EvidencePatch {
  id: string;
  stance?: Stance | undefined;
  actor?: string | null | undefined;
  /** An entity id pins the actor to it; null pins "no entity" (a raw name). */
  entityId?: string | null | undefined;
  /** `auto` un-pins: the actor's name is resolved against the entities again. */
  actorLink?: 'auto' | 'pinned' | undefined;
}

/**
 * Changes stance or actor of one piece of evidence. Evidence that is an annotation (`ann:<id>`) is
 * changed on the annotation itself, so the annotations undo reverts it.
 */
export async function updateEvidence(session: Session, patch: EvidencePatch): Promise<Evidence> {
  if (patch.id.startsWith(ANNOTATION_EVIDENCE)) return updateAnnotationEvidence(session, patch);
  const { evidence } = await issueCollections(session);
  const e = evidence.get(patch.id);
  if (!e)
    throw new DossierError(
      'not_found',
      `issues: no evidence "${patch.id}"; it may have been removed. Reload the issue.`,
    );
  const next: Evidence = { ...e };
  if (patch.stance) next.stance = patch.stance;
  if (patch.actor !== undefined) next.actor = patch.actor?.trim() || null;
  if (patch.entityId !== undefined) {
    next.entityId = patch.entityId;
    next.actorLink = 'pinned';
  }
  if (patch.actorLink === 'auto') {
    next.entityId = null;
    next.actorLink = 'auto';
  } else if (patch.actorLink === 'pinned') next.actorLink = 'pinned';
  // A new name without a chosen entity is resolved afresh.
  else if (patch.actor !== undefined && patch.entityId === undefined) {
    next.entityId = null;
    delete next.actorLink;
  }
  await evidence.put(next);
  return next;
}

async function updateAnnotationEvidence(session: Session, patch: EvidencePatch): Promise<Evidence> {
  const annotationId = patch.id.slice(ANNOTATION_EVIDENCE.length);
  const a = await getAnnotation(session, annotationId);
  if (!a.issue)
    throw new DossierError(
      'not_found',
      `issues: the annotation "${annotationId}" is no longer tagged with an issue. Reload the issue.`,
    );
  const update: Parameters<typeof updateAnnotation>[1] = { id: annotationId };
  if (patch.stance) update.issue = { ...a.issue, stance: patch.stance };
  if (patch.actor !== undefined || patch.entityId !== undefined) {
    update.entity = await annotationEntity(session, a, patch);
  }
  const after = await updateAnnotation(session, update);
  const { issues } = await issueCollections(session);
  const issueId = (after.issue && issueMatcher(issues.all())(after.issue)) ?? after.issue?.id ?? '';
  return toEvidence(after, issueId, after.issue?.stance ?? 'other', undefined);
}

/** The annotation's entity tag for a new actor: the chosen entity's name and type, or the raw name. */
async function annotationEntity(
  session: Session,
  a: Annotation,
  patch: EvidencePatch,
): Promise<Annotation['entity']> {
  const name = patch.actor !== undefined ? patch.actor?.trim() || null : (a.entity?.name ?? null);
  if (patch.entityId) {
    const index = await sessionActorIndex(session, true);
    const e = index?.built.model.entities.get(patch.entityId);
    if (e) return { id: e.id, name: name ?? e.name, type: e.type };
  }
  return name ? { id: null, name, type: a.entity?.type ?? 'person' } : null;
}

/** Removes one piece of evidence; for an annotation, its issue tag is cleared (undoable there). */
export async function unlinkEvidence(session: Session, id: string): Promise<number> {
  if (id.startsWith(ANNOTATION_EVIDENCE)) {
    const annotationId = id.slice(ANNOTATION_EVIDENCE.length);
    const a = await getAnnotation(session, annotationId).catch(() => null);
    if (!a?.issue) return 0;
    await updateAnnotation(session, { id: annotationId, issue: null });
    return 1;
  }
  const { evidence } = await issueCollections(session);
  if (!evidence.get(id)) return 0;
  await evidence.remove(id);
  return 1;
}

/** Entities an actor name may be, for the evidence editor's picker (waits for the entity model). */
export async function findActorEntities(session: Session, query: string): Promise<ActorCandidate[]> {
  const index = await sessionActorIndex(session, true);
  return index ? actorCandidates(index, query) : [];
}
