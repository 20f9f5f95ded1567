import { createHash } from 'node:crypto';
import { parseDocumentId } from '../../../shared/model/ids';
import type { ImportResult } from '../../../shared/contract/domains/export';
import { EntityKindSchema, StanceSchema } from '../../../shared/model/export';
import { DossierError } from '../errors';
import type { ParsedFile } from '../ingest/types';
import type { Session } from '../session';
import type { Workspace } from '../workspace/workspace';
import { annotationsPort, type AnnotationRecord } from './annotations-port';
import { utf16Offset } from './guid';
import { parseJsonLd, parseQdpx, type ImportCandidate } from './import-parse';
import { placeFuzzy, placeQuote } from './place';
import { ACTOR_LINE, EVIDENCE_LINE } from './qdpx';

/** Largest import file accepted (a sanity bound; real exports are far smaller). */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

/**
 * Imports annotations from a W3C JSON-LD or REFI-QDA file into the open folder: each one is matched to a
 * file (by document id / path, or by content hash), placed by {@link placeQuote}, and created through the
 * annotations service. Annotations already present at the same place with the same quote are skipped, so
 * importing twice creates nothing new.
 */
export async function importAnnotations(
  session: Session,
  format: 'jsonld' | 'qdpx',
  bytes: Uint8Array,
): Promise<ImportResult> {
  if (bytes.length > MAX_IMPORT_BYTES)
    throw new DossierError(
      'too_large',
      `export: the import file is ${Math.round(bytes.length / 1048576)} MB; the limit is 100 MB.`,
    );
  const ws = session.workspace();
  const port = annotationsPort(session);
  const { candidates, skipped } =
    format === 'jsonld' ? parseJsonLd(Buffer.from(bytes).toString('utf8')) : qdpxCandidates(ws, bytes);
  const existing = await port.list();
  const report: ImportResult = { format, created: 0, skipped: [...skipped], reanchored: [], orphaned: [] };
  for (const c of candidates) {
    const file = findFile(ws, c);
    if (!file) {
      report.skipped.push({
        item: c.item,
        reason: `no file in this folder matches ${c.path ?? c.docId ?? 'its source'} (by path or content hash)`,
      });
      continue;
    }
    const exact = placeQuote(file, c);
    // A passage edited since export: re-anchored like an existing annotation would be (ADR 076).
    const placed = exact.ok ? { ...exact, score: 1 } : placeFuzzy(file, c, c.hint ?? null);
    if (!placed.ok) {
      report.orphaned.push({ item: c.item, reason: placed.reason });
      report.skipped.push({ item: c.item, reason: placed.reason });
      continue;
    }
    if (existing.some((a) => sameRange(a, placed.docId, placed.start, placed.end))) {
      report.skipped.push({
        item: c.item,
        reason: 'an annotation with this quote already exists at this place',
      });
      continue;
    }
    const id = await port.create({
      docId: placed.docId,
      start: placed.start,
      end: placed.end,
      color: c.color,
      note: c.note,
      tags: c.tags,
      entity: c.entity,
      issue: c.issue,
    });
    existing.push({
      id,
      docId: placed.docId,
      current: { start: placed.start, end: placed.end },
      position: { start: placed.start, end: placed.end },
    } as AnnotationRecord);
    report.created++;
    if (!exact.ok)
      report.reanchored.push({
        item: c.item,
        docId: placed.docId,
        start: placed.start,
        end: placed.end,
        score: Math.round(placed.score * 1000) / 1000,
        quote: file.text.slice(placed.start, placed.end),
        was: c.exact,
      });
  }
  return report;
}

function sameRange(a: AnnotationRecord, docId: string, start: number, end: number): boolean {
  const r = a.current ?? a.position;
  return a.docId === docId && r.start === start && r.end === end;
}

/** The file a candidate came from: its path or document id, else its content hash, else the only file holding its quote. */
function findFile(ws: Workspace, c: ImportCandidate): ParsedFile | null {
  const byPath = c.path ?? (c.docId ? parseDocumentId(c.docId).path : null);
  const direct = byPath ? ws.files.get(byPath) : undefined;
  if (direct) return direct;
  if (c.contentHash) for (const f of ws.files.values()) if (f.contentHash === c.contentHash) return f;
  // A foreign annotation (another tool's source IRI): the one file that holds its quote, if only one does.
  if (!byPath && !c.contentHash) {
    const holders = [...ws.files.values()].filter((f) => f.text.includes(c.exact));
    if (holders.length === 1) return holders[0] ?? null;
  }
  return null;
}

/** Selections of a .qdpx whose source matches a file of this folder by content hash or by path. */
function qdpxCandidates(
  ws: Workspace,
  bytes: Uint8Array,
): { candidates: ImportCandidate[]; skipped: Array<{ item: string; reason: string }> } {
  const { sources, selections } = parseQdpx(bytes);
  const candidates: ImportCandidate[] = [];
  const skipped: Array<{ item: string; reason: string }> = [];
  for (const sel of selections) {
    const source = sources.get(sel.source);
    if (!source) {
      skipped.push({ item: sel.guid, reason: 'its source text is missing from the archive' });
      continue;
    }
    const hash = createHash('sha256').update(source.text).digest('hex');
    const s = utf16Offset(source.text, sel.start);
    const e = utf16Offset(source.text, sel.end);
    if (s === null || e === null || s >= e) {
      skipped.push({
        item: sel.guid,
        reason: `its positions ${sel.start}–${sel.end} are outside its source`,
      });
      continue;
    }
    const stance = /^Stance on .*: (\w+)$/m.exec(sel.description)?.[1];
    const tags = sel.codes.filter((c) => c.family !== 'Entities' && c.family !== 'Issues').map((c) => c.name);
    const entity = sel.codes.find((c) => c.family === 'Entities');
    // Issue evidence carries its actor in the Description (it has no entity type to code it with).
    const actor = sel.description
      .split('\n')
      .find((l) => l.startsWith(ACTOR_LINE))
      ?.slice(ACTOR_LINE.length)
      .trim();
    const issue = sel.codes.find((c) => c.family === 'Issues');
    const sameText = [...ws.files.values()].some((f) => f.contentHash === hash);
    const exact = sameText || ws.files.get(source.path)?.contentHash === hash;
    candidates.push({
      item: sel.guid,
      docId: null,
      path: source.path,
      exact: source.text.slice(s, e),
      prefix: source.text.slice(Math.max(0, s - 32), s),
      suffix: source.text.slice(e, e + 32),
      // Positions only hold in a file with the very same text; otherwise the quote is searched for.
      start: exact ? s : null,
      end: exact ? e : null,
      ...(exact ? {} : { hint: s }),
      contentHash: hash,
      color: null,
      note: noteOf(sel.description),
      tags,
      entity: entity
        ? { name: entity.name, type: EntityKindSchema.safeParse(entity.description.trim()).data ?? 'other' }
        : actor
          ? { name: actor, type: 'other' }
          : null,
      issue: issue ? { title: issue.name, stance: StanceSchema.safeParse(stance).data ?? null } : null,
    });
  }
  return { candidates, skipped };
}

/** The analyst's note from a selection Description, without the stance and citation lines Dossier adds. */
function noteOf(description: string): string {
  return description
    .split('\n')
    .filter(
      (l) =>
        !/^Stance on .*: \w+$/.test(l) &&
        !/\((date from \w+)\)|, undated/.test(l) &&
        l !== EVIDENCE_LINE &&
        !l.startsWith(ACTOR_LINE),
    )
    .join('\n')
    .trim();
}
