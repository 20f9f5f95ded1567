import type { Excerpt, ExportFilter, ExportRequest } from '../../../shared/model/export';
import type { DocumentDetail } from '../../../shared/model/document';
import type { AnnotationRecord } from './annotations-port';
import { actorOf, evidenceOf, evidenceToExcerpt, type EvidenceRow, type ExportExcerpt } from './evidence';

/** What the selection step needs to know about the folder. */
export interface SelectionContext {
  /** The portable dossier:// link to a passage (ADR 073), carrying its quote (ADR 077). */
  link(docId: string, start: number, end: number, contentHash: string | null, quote: string): string;
  /** A file's current content hash (null when the file no longer exists). */
  contentHash(path: string): string | null;
  /** A document's metadata (null when the document no longer exists). */
  document(docId: string): DocumentDetail | null;
  /** A file's canonical text (null when the file no longer exists). */
  fileText(path: string): string | null;
  /**
   * Ranges a search query matched, by document id; a document mapped to an empty list matched as a
   * whole. Null when the request has no query.
   */
  hits: ReadonlyMap<string, ReadonlyArray<readonly [number, number]>> | null;
}

/**
 * Turns annotations, and issue evidence that is not an annotation (ADR 075), into excerpts with full
 * provenance, keeping those the request's filter selects.
 */
export function selectExcerpts(
  records: readonly AnnotationRecord[],
  request: Pick<ExportRequest, 'filter' | 'context'>,
  ctx: SelectionContext,
  evidence: readonly EvidenceRow[] = [],
): ExportExcerpt[] {
  const out: ExportExcerpt[] = [];
  for (const r of records) {
    const e = toExcerpt(r, request.context, ctx);
    if (matches(e, request.filter, ctx.hits)) out.push(e);
  }
  for (const row of evidence) {
    const e = evidenceToExcerpt(row, request.context, ctx);
    if (matches(e, request.filter, ctx.hits)) out.push(e);
  }
  return out;
}

/** One annotation with its provenance, read from the current document. */
export function toExcerpt(r: AnnotationRecord, context: number, ctx: SelectionContext): Excerpt {
  const doc = ctx.document(r.docId);
  const text = ctx.fileText(r.path);
  const range = r.current ?? r.position;
  // A placed annotation quotes the current text; an orphan keeps the quote it was made with.
  const live = r.current !== null && text !== null && range.end <= text.length;
  const quote = live ? text.slice(range.start, range.end) : r.quote.exact;
  const prefix = live ? text.slice(Math.max(0, range.start - 32), range.start) : r.quote.prefix;
  const suffix = live ? text.slice(range.end, range.end + 32) : r.quote.suffix;
  const entry = doc?.entries.find((en) => en.start <= range.start && range.end <= en.end) ?? null;
  return {
    id: r.id,
    quote,
    context:
      context > 0
        ? live
          ? {
              before: text.slice(Math.max(0, range.start - context), range.start),
              after: text.slice(range.end, range.end + context),
            }
          : { before: r.quote.prefix, after: r.quote.suffix }
        : null,
    note: r.note.trim() ? r.note : null,
    tags: [...r.tags],
    color: r.color,
    entity: r.entity,
    issue: r.issue,
    state: r.state,
    source: {
      id: r.docId,
      path: r.path,
      story: doc?.story ?? 1,
      title: doc?.title ?? r.path,
      outlet: doc?.outlet ?? '',
      date: doc?.date ?? null,
      dateSource: doc?.dateSource ?? 'none',
    },
    entry: entry ? { timestamp: entry.timestamp, label: entry.label } : null,
    start: range.start,
    end: range.end,
    selectors: [
      { type: 'TextQuoteSelector', exact: quote, prefix, suffix },
      { type: 'TextPositionSelector', start: range.start, end: range.end },
    ],
    contentHash: r.contentHash,
    link: ctx.link(r.docId, range.start, range.end, ctx.contentHash(r.path), quote),
    created: r.created,
  };
}

/** True when the excerpt passes every given filter (each list is "any of"). */
export function matches(
  e: Excerpt,
  f: ExportFilter,
  hits: ReadonlyMap<string, ReadonlyArray<readonly [number, number]>> | null,
): boolean {
  const has = (list: readonly string[], value: string | null | undefined) =>
    list.length === 0 || (value != null && list.some((v) => fold(v) === fold(value)));
  if (f.tags.length && !e.tags.some((t) => has(f.tags, t))) return false;
  if (!has(f.colors, e.color)) return false;
  // An evidence excerpt's actor is the entity the issue tracker links it to.
  if (!has(f.entities, evidenceOf(e) ? actorOf(e) : e.entity?.name)) return false;
  if (!has(f.issues, e.issue?.title)) return false;
  if (f.stances.length && !(e.issue?.stance && f.stances.includes(e.issue.stance))) return false;
  if (f.states.length && !f.states.includes(e.state)) return false;
  if (f.documents.length && !f.documents.some((d) => d === e.source.id || d === e.source.path)) return false;
  const day = e.source.date?.slice(0, 10) ?? null;
  if (f.dateFrom && (!day || day < f.dateFrom.slice(0, 10))) return false;
  if (f.dateTo && (!day || day > f.dateTo.slice(0, 10))) return false;
  if (hits) {
    const ranges = hits.get(e.source.id);
    if (!ranges) return false;
    if (ranges.length && !ranges.some(([s, t]) => s < e.end && e.start < t)) return false;
  }
  return true;
}

function fold(s: string): string {
  return s.normalize('NFC').trim().toLocaleLowerCase();
}
