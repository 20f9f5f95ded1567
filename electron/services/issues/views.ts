import type { DocumentSummary } from '../../../shared/model/document';
import { parseDocumentId } from '../../../shared/model/ids';
import type { Evidence, EvidenceView, Issue, IssueView } from '../../../shared/model/issue';
import type { Session } from '../session';
import { translitKey } from '../entities/fold';
import type { Workspace } from '../workspace/workspace';
import { current, entityName, resolveActor, sessionActorIndex, type ActorIndex } from './actor-entities';
import { annotationEvidence } from './annotation-evidence';
import { issueCollections } from './store';
import { byDateThenPlace } from './suggest';

/** Library rows by document id. */
export function docIndex(ws: Workspace): Map<string, DocumentSummary> {
  return new Map(ws.list().map((d) => [d.id, d]));
}

/**
 * Joins one evidence record with its document. When the file changed under it, the quote is looked up
 * again (nearest occurrence to the old offset) so the page still points at the right words; when it
 * cannot be found the evidence is kept and marked `present: false`, never dropped.
 */
export function evidenceView(
  ws: Workspace,
  docs: ReadonlyMap<string, DocumentSummary>,
  e: Evidence,
): EvidenceView {
  const doc = docs.get(e.docId);
  const file = ws.files.get(parseDocumentId(e.docId).path);
  let { start, end } = e;
  let present = false;
  if (file) {
    if (file.text.slice(start, end) === e.quote) present = true;
    else {
      const found = nearestOccurrence(file.text, e.quote, start);
      if (found >= 0) {
        start = found;
        end = found + e.quote.length;
        present = true;
      }
    }
  }
  return {
    ...e,
    start,
    end,
    docDate: doc?.date ?? null,
    docTitle: doc?.title ?? e.docId,
    outlet: doc?.outlet ?? 'unknown',
    present,
    entityName: null,
    actorKey: e.actor ? `name:${translitKey(e.actor)}` : null,
  };
}

/**
 * Joins the actor of each passage with its entity: a pinned entity (after merges), else the entity the
 * name resolves to; `actorKey` then groups "Zelensky" and "Zelenskyy" under one row.
 */
export function withActorEntities(rows: EvidenceView[], index: ActorIndex | null): EvidenceView[] {
  return rows.map((e) => {
    const pinned = e.actorLink === 'pinned';
    let id: string | null = null;
    if (index) {
      if (e.entityId) id = current(index, e.entityId);
      else if (!pinned && e.actor) id = resolveActor(index, e.actor);
    }
    const name = id && index ? entityName(index, id) : null;
    if (!id || !name) return e;
    return { ...e, entityId: id, entityName: name, actorKey: `entity:${id}`, actor: e.actor ?? name };
  });
}

function nearestOccurrence(text: string, quote: string, hint: number): number {
  if (!quote) return -1;
  let best = -1;
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
    if (best < 0 || Math.abs(i - hint) < Math.abs(best - hint)) best = i;
  }
  return best;
}

/** An issue with its evidence in document-date order. */
export function issueView(
  ws: Workspace,
  docs: ReadonlyMap<string, DocumentSummary>,
  issue: Issue,
  evidence: readonly Evidence[],
): IssueView {
  const rows = evidence.filter((e) => e.issueId === issue.id).map((e) => evidenceView(ws, docs, e));
  rows.sort(byDateThenPlace);
  return { ...issue, evidence: rows };
}

/** What {@link issuesFor} can narrow to (the export's issue filter). */
export interface IssueFilter {
  /** Issue ids; their descendants are included. */
  ids?: readonly string[];
  statuses?: readonly Issue['status'][];
  /** Only evidence in these documents (issues left without evidence are dropped). */
  docIds?: readonly string[];
}

/**
 * Every tracked issue of the open folder with its evidence (document-date order), optionally
 * filtered. This is the entry point the export service calls.
 */
export async function issuesFor(session: Session, filter: IssueFilter = {}): Promise<IssueView[]> {
  const ws = session.workspace();
  const { issues, evidence } = await issueCollections(session);
  const docs = docIndex(ws);
  const all = issues.all();
  const wanted = filter.ids ? withDescendants(all, filter.ids) : null;
  const docSet = filter.docIds ? new Set(filter.docIds) : null;
  const evidenceRows = evidence.all();
  const fromAnnotations = await annotationEvidence(session, all, docs).catch((e: unknown) => {
    // Issues stay usable when the annotations collection cannot be read; the reason is logged.
    console.error('issues: annotation evidence unavailable:', e);
    return [];
  });
  // Resolving actors needs the entity model; wait for it only when some passage names an actor.
  const needsActors = [...evidenceRows, ...fromAnnotations].some((e) => e.actor || e.entityId);
  const actors = await sessionActorIndex(session, needsActors);
  const out: IssueView[] = [];
  for (const issue of all) {
    if (wanted && !wanted.has(issue.id)) continue;
    if (filter.statuses && !filter.statuses.includes(issue.status)) continue;
    const view = issueView(ws, docs, issue, evidenceRows);
    const linked = new Set(view.evidence.map((e) => e.annotationId).filter(Boolean));
    const extra = fromAnnotations.filter((e) => e.issueId === issue.id && !linked.has(e.annotationId));
    if (extra.length) view.evidence = [...view.evidence, ...extra].sort(byDateThenPlace);
    view.evidence = withActorEntities(view.evidence, actors);
    if (docSet) {
      view.evidence = view.evidence.filter((e) => docSet.has(e.docId));
      if (!view.evidence.length) continue;
    }
    out.push(view);
  }
  return out.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}

/** `ids` and every issue below them in the hierarchy. */
export function withDescendants(all: readonly Issue[], ids: readonly string[]): Set<string> {
  const out = new Set(ids);
  for (let grew = true; grew;) {
    grew = false;
    for (const i of all) {
      if (i.parentId && out.has(i.parentId) && !out.has(i.id)) {
        out.add(i.id);
        grew = true;
      }
    }
  }
  return out;
}
