import type { Annotation } from '../../../shared/model/annotation';
import type { DocumentSummary } from '../../../shared/model/document';
import type { EvidenceView, Issue } from '../../../shared/model/issue';
import { listAnnotations } from '../annotations/service';
import { translitKey } from '../entities/fold';
import type { Session } from '../session';
import { foldName } from './search-provider';

/**
 * Annotations that carry an issue link become evidence of that issue: the annotation is the record
 * (quote, re-anchored position, stance, entity as actor), so nothing is copied into the issue
 * collections. Linked by issue id when the annotation has one, else by title or alias (folded).
 */
export async function annotationEvidence(
  session: Session,
  issues: readonly Issue[],
  docs: ReadonlyMap<string, DocumentSummary>,
): Promise<EvidenceView[]> {
  const tagged = (await listAnnotations(session, {})).filter((a) => a.issue);
  if (!tagged.length) return [];
  const issueOf = issueMatcher(issues);
  const out: EvidenceView[] = [];
  for (const a of tagged) {
    const link = a.issue;
    if (!link) continue;
    const issueId = issueOf(link);
    if (!issueId) continue;
    out.push(toEvidence(a, issueId, link.stance, docs.get(a.docId)));
  }
  return out;
}

/** Which issue an annotation's issue tag names: by id when it has one, else by title or alias (folded). */
export function issueMatcher(
  issues: readonly Issue[],
): (link: { id: string | null; title: string }) => string | undefined {
  const byName = new Map<string, string>();
  for (const i of issues) for (const n of [i.title, ...i.aliases]) byName.set(foldName(n), i.id);
  const ids = new Set(issues.map((i) => i.id));
  return (link) => (link.id && ids.has(link.id) ? link.id : byName.get(foldName(link.title)));
}

/** An annotation as a piece of evidence of `issueId` (id `ann:<annotation id>`). */
export function toEvidence(
  a: Annotation,
  issueId: string,
  stance: EvidenceView['stance'],
  doc: DocumentSummary | undefined,
): EvidenceView {
  return {
    id: `ann:${a.id}`,
    issueId,
    annotationId: a.id,
    docId: a.docId,
    start: a.current?.start ?? a.position.start,
    end: a.current?.end ?? a.position.end,
    quote: a.quote.exact,
    stance,
    actor: a.entity?.name ?? null,
    entityId: a.entity?.id ?? null,
    cue: null,
    suggestionKey: null,
    createdAt: a.created,
    docDate: doc?.date ?? null,
    docTitle: doc?.title ?? a.docId,
    outlet: doc?.outlet ?? 'unknown',
    present: a.current !== null,
    entityName: null,
    actorKey: a.entity ? `name:${translitKey(a.entity.name)}` : null,
  };
}
