import type { Excerpt } from '../../../shared/model/export';
import type { EvidenceView, IssueView } from '../../../shared/model/issue';
import { parseDocumentId } from '../../../shared/model/ids';
import type { SelectionContext } from './select';

/**
 * Issue evidence that is not an annotation (ADR 075): a passage the analyst accepted from a suggestion
 * or linked by hand in the issue tracker. It is exported as an excerpt like an annotation, with its
 * issue, stance and actor, and marked as evidence so every format can say where it came from.
 */

/** What an evidence excerpt adds to an {@link Excerpt}. */
export interface EvidenceInfo {
  /** The evidence record's id in the issue tracker. */
  id: string;
  /** The actor as the issue tracker shows it: the linked entity's current name, else the name as written. */
  actor: string | null;
  /** The cue phrase that found the passage, when it came from a suggestion. */
  cue: string | null;
}

/** An excerpt as the writers take it: an annotation, or a piece of issue evidence (`evidence` set). */
export type ExportExcerpt = Excerpt & { evidence?: EvidenceInfo };

/** Prefix of an evidence excerpt's id (annotation ids never start with it). */
export const EVIDENCE_ID_PREFIX = 'evidence:';

/** The evidence part of an excerpt, or null for an annotation. */
export function evidenceOf(e: Excerpt): EvidenceInfo | null {
  return (e as ExportExcerpt).evidence ?? null;
}

/** The actor (evidence) or the entity's name (annotation): who a passage is about. */
export function actorOf(e: Excerpt): string | null {
  return evidenceOf(e)?.actor ?? e.entity?.name ?? null;
}

/** One piece of evidence with the title of its issue. */
export interface EvidenceRow {
  view: EvidenceView;
  issueTitle: string;
}

/**
 * The evidence rows of `issues` that are not annotations already exported: rows without an annotation,
 * and rows whose annotation no longer exists (the passage is still the tracker's evidence).
 */
export function evidenceRows(
  issues: readonly IssueView[],
  annotationIds: ReadonlySet<string>,
): EvidenceRow[] {
  const out: EvidenceRow[] = [];
  const seen = new Set<string>();
  for (const issue of issues)
    for (const view of issue.evidence) {
      if (view.annotationId && annotationIds.has(view.annotationId)) continue;
      if (view.id.startsWith('ann:') || seen.has(view.id)) continue;
      seen.add(view.id);
      out.push({ view, issueTitle: issue.title });
    }
  return out;
}

/** A piece of evidence as an excerpt: quote, issue and stance, actor, and the same provenance as annotations. */
export function evidenceToExcerpt(row: EvidenceRow, context: number, ctx: SelectionContext): ExportExcerpt {
  const { view } = row;
  const path = parseDocumentId(view.docId).path;
  const doc = ctx.document(view.docId);
  const text = ctx.fileText(path);
  // The issues service has already looked the quote up again in the current text (present = found).
  const live = view.present && text !== null && text.slice(view.start, view.end) === view.quote;
  const entry = doc?.entries.find((en) => en.start <= view.start && view.end <= en.end) ?? null;
  const contentHash = ctx.contentHash(path) ?? '';
  const prefix = live && text ? text.slice(Math.max(0, view.start - 32), view.start) : '';
  const suffix = live && text ? text.slice(view.end, view.end + 32) : '';
  return {
    id: `${EVIDENCE_ID_PREFIX}${view.id}`,
    quote: view.quote,
    context:
      context > 0
        ? live && text
          ? {
              before: text.slice(Math.max(0, view.start - context), view.start),
              after: text.slice(view.end, view.end + context),
            }
          : { before: '', after: '' }
        : null,
    note: null,
    tags: [],
    color: null,
    entity: null,
    issue: { title: row.issueTitle, stance: view.stance },
    state: live ? 'anchored' : 'orphan',
    source: {
      id: view.docId,
      path,
      story: doc?.story ?? parseDocumentId(view.docId).story,
      title: doc?.title ?? view.docTitle,
      outlet: doc?.outlet ?? view.outlet,
      date: doc?.date ?? view.docDate,
      dateSource: doc?.dateSource ?? 'none',
    },
    entry: entry ? { timestamp: entry.timestamp, label: entry.label } : null,
    start: view.start,
    end: view.end,
    selectors: [
      { type: 'TextQuoteSelector', exact: view.quote, prefix, suffix },
      { type: 'TextPositionSelector', start: view.start, end: view.end },
    ],
    contentHash,
    link: ctx.link(view.docId, view.start, view.end, contentHash || null, view.quote),
    created: view.createdAt || null,
    evidence: { id: view.id, actor: view.entityName ?? view.actor, cue: view.cue },
  };
}
