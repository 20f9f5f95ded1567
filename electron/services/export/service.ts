import path from 'node:path';
import type {
  Citation,
  ExportMeta,
  ExportOutput,
  ExportPreview,
  ExportRequest,
} from '../../../shared/model/export';
import { DossierError } from '../errors';
import { issuesFor } from '../issues/views';
import { fieldProviders } from '../search/field-providers';
import { searchService } from '../search/handlers';
import type { Session } from '../session';
import type { Workspace } from '../workspace/workspace';
import { annotationsPort, type AnnotationRecord } from './annotations-port';
import { formatCitation } from './citation';
import { evidenceRows, type EvidenceRow, type ExportExcerpt } from './evidence';
import { passageLink } from './link';
import { writeMarkdown } from './markdown';
import { ensureProjectId } from './project-identity';
import { writeQde } from './qdpx';
import { selectExcerpts, toExcerpt, type SelectionContext } from './select';
import { exportOutput, FORMAT_FILES, safeFileName } from './write';

/** Preview text beyond this many characters is cut (the written file is never cut). */
const PREVIEW_MAX_CHARS = 200_000;
/** Search hits read per page when a query selects the annotations. */
const HIT_PAGE = 1000;

/** The excerpts a request selects, with the metadata and file texts the writers need. */
export async function selectForExport(
  session: Session,
  request: ExportRequest,
): Promise<{ excerpts: ExportExcerpt[]; meta: ExportMeta; texts: Map<string, string> }> {
  const ws = session.workspace();
  const records = await annotationsPort(session).list();
  const evidence = await issueEvidence(session, new Set(records.map((r) => r.id)));
  const hits = request.filter.query?.trim() ? await queryHits(session, request.filter.query) : null;
  const ctx = selectionContext(ws, hits, await ensureProjectId(session));
  const excerpts = selectExcerpts(records, request, ctx, evidence);
  const texts = new Map<string, string>();
  for (const e of excerpts) {
    const text = ctx.fileText(e.source.path);
    if (text !== null) texts.set(e.source.path, text);
  }
  const folder = path.basename(ws.root);
  const meta: ExportMeta = {
    title: request.title?.trim() || `${folder} — annotated excerpts`,
    folder,
    generated: new Date().toISOString(),
    groupBy: request.groupBy,
    sortBy: request.sortBy,
    version: session.options.version,
  };
  return { excerpts, meta, texts };
}

/** Writes the export a request describes. */
export async function runExport(session: Session, request: ExportRequest): Promise<ExportOutput> {
  const { excerpts, meta, texts } = await selectForExport(session, request);
  return exportOutput(request.format, excerpts, meta, texts);
}

/** What the dialog shows before writing: the very text of text formats; for DOCX its content as Markdown, for .qdpx its project.qde. */
export async function previewExport(session: Session, request: ExportRequest): Promise<ExportPreview> {
  const { excerpts, meta, texts } = await selectForExport(session, request);
  const filename = `${safeFileName(meta.title)}.${FORMAT_FILES[request.format].ext}`;
  let kind: ExportPreview['kind'] = 'text';
  let content: string;
  if (request.format === 'docx') {
    kind = 'outline';
    content = writeMarkdown(excerpts, meta);
  } else if (request.format === 'qdpx') {
    kind = 'outline';
    content = writeQde(excerpts, meta, texts);
  } else {
    const out = await exportOutput(request.format, excerpts, meta, texts);
    content = out.content;
    if (request.format === 'html') kind = 'html';
  }
  const truncated = kind !== 'html' && content.length > PREVIEW_MAX_CHARS;
  return {
    format: request.format,
    filename,
    count: excerpts.length,
    kind,
    content: truncated ? content.slice(0, PREVIEW_MAX_CHARS) : content,
    truncated,
  };
}

/** The quick-copy citation of one annotation. */
export async function citeAnnotation(session: Session, id: string): Promise<Citation> {
  const ws = session.workspace();
  const record = (await annotationsPort(session).list()).find((r) => r.id === id);
  if (!record)
    throw new DossierError(
      'not_found',
      `export: no annotation "${id}" in this folder; it may have been deleted. Refresh the annotations panel.`,
    );
  return formatCitation(toExcerpt(record, 0, selectionContext(ws, null, await ensureProjectId(session))));
}

/** The quick-copy citation of a selected range; an annotation on exactly that range lends its fields. */
export async function citeRange(
  session: Session,
  p: { docId: string; start: number; end: number },
): Promise<Citation> {
  const ws = session.workspace();
  const doc = ws.get(p.docId);
  const text = ws.files.get(doc.path)?.text ?? '';
  if (!(p.start < p.end && p.start >= doc.start && p.end <= doc.end))
    throw new DossierError(
      'invalid_params',
      `export: the selection ${p.start}–${p.end} is not inside document "${p.docId}". Select text in the reader and try again.`,
    );
  const same = (
    await annotationsPort(session)
      .list()
      .catch(() => [])
  ).find((r) => r.docId === p.docId && r.current?.start === p.start && r.current.end === p.end);
  const record: AnnotationRecord = same ?? {
    id: `${p.docId}:${p.start}-${p.end}`,
    docId: p.docId,
    path: doc.path,
    quote: {
      exact: text.slice(p.start, p.end),
      prefix: text.slice(Math.max(0, p.start - 32), p.start),
      suffix: text.slice(p.end, p.end + 32),
    },
    position: { start: p.start, end: p.end },
    current: { start: p.start, end: p.end },
    contentHash: doc.contentHash,
    color: null,
    note: '',
    tags: [],
    entity: null,
    issue: null,
    state: 'anchored',
    created: null,
  };
  return formatCitation(toExcerpt(record, 0, selectionContext(ws, null, await ensureProjectId(session))));
}

/**
 * Issue evidence that is not an annotation, through the issues service's public entry point. The
 * export of annotations does not depend on it: when the issue tracker cannot be read, its evidence is
 * left out and the reason logged.
 */
async function issueEvidence(session: Session, annotationIds: ReadonlySet<string>): Promise<EvidenceRow[]> {
  try {
    return evidenceRows(await issuesFor(session), annotationIds);
  } catch (e) {
    console.error('export: issue evidence unavailable:', e);
    return [];
  }
}

/** Document and text lookups over the open folder; links name it by `projectId` and its name (ADR 073). */
export function selectionContext(
  ws: Workspace,
  hits: SelectionContext['hits'],
  projectId: string | null,
): SelectionContext {
  const docs = new Map<string, ReturnType<SelectionContext['document']>>();
  const name = path.basename(ws.root);
  return {
    link: (docId, start, end, contentHash, quote) =>
      passageLink({ project: projectId, name, docId, start, end, contentHash, quote }),
    contentHash: (p) => ws.files.get(p)?.contentHash ?? null,
    document(docId) {
      if (!docs.has(docId)) {
        let detail: ReturnType<SelectionContext['document']> = null;
        try {
          detail = ws.get(docId);
        } catch {
          detail = null;
        }
        docs.set(docId, detail);
      }
      return docs.get(docId) ?? null;
    },
    fileText: (p) => ws.files.get(p)?.text ?? null,
    hits,
  };
}

/**
 * Every match of a search query, by document id. Waits for the index to be complete and, as
 * `search.query` does, for the fields other domains provide: `entity:"Name"` on a folder whose entity
 * model is not built yet would otherwise expand to nothing and export no excerpt at all.
 */
async function queryHits(session: Session, query: string): Promise<Map<string, Array<[number, number]>>> {
  const { service, started } = searchService(session);
  await started;
  await service.settled();
  await fieldProviders(session).prepare([query]);
  const out = new Map<string, Array<[number, number]>>();
  for (let offset = 0; ; offset += HIT_PAGE) {
    const page = await service.query({ query, filters: [], offset, limit: HIT_PAGE });
    for (const hit of page.hits)
      out.set(
        hit.id,
        hit.matches.map(([s, e]) => [s, e]),
      );
    if (offset + HIT_PAGE >= page.total || page.hits.length === 0) break;
  }
  return out;
}
