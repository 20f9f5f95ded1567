import type { Excerpt, ExportMeta } from '../../../shared/model/export';
import { evidenceOf } from './evidence';
import { groupExcerpts } from './group';

/** Column order of the CSV export (documented in docs/export.md; tests pin it). */
export const CSV_COLUMNS = [
  'group',
  'quote',
  'context_before',
  'context_after',
  'note',
  'tags',
  'colour',
  'entity',
  'entity_type',
  'issue',
  'stance',
  'title',
  'outlet',
  'date',
  'date_source',
  'entry_timestamp',
  'path',
  'doc_id',
  'start',
  'end',
  'prefix',
  'suffix',
  'content_hash',
  'state',
  'link',
  'annotation_id',
  'kind',
  'actor',
] as const;

/**
 * RFC 4180 CSV: every field quoted, quotes doubled, CRLF line ends, UTF-8 with a BOM so spreadsheet
 * programs pick the right encoding. Any cell a spreadsheet could read as a formula is neutralised.
 */
export function writeCsv(excerpts: readonly Excerpt[], meta: ExportMeta): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const group of groupExcerpts(excerpts, meta.groupBy, meta.sortBy)) {
    for (const e of group.excerpts) rows.push(row(group.title, e));
  }
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function row(group: string, e: Excerpt): string[] {
  const [quote] = e.selectors;
  return [
    group,
    e.quote,
    e.context?.before ?? '',
    e.context?.after ?? '',
    e.note ?? '',
    e.tags.join('; '),
    e.color ?? '',
    e.entity?.name ?? '',
    e.entity?.type ?? '',
    e.issue?.title ?? '',
    e.issue?.stance ?? '',
    e.source.title,
    e.source.outlet,
    e.source.date ?? '',
    e.source.dateSource,
    e.entry?.timestamp ?? '',
    e.source.path,
    e.source.id,
    String(e.start),
    String(e.end),
    quote.prefix,
    quote.suffix,
    e.contentHash,
    e.state,
    e.link,
    e.id,
    evidenceOf(e) ? 'evidence' : 'annotation',
    evidenceOf(e)?.actor ?? '',
  ];
}

/**
 * One quoted field. A value starting with `=`, `+`, `-`, `@`, tab or CR is a formula to Excel, LibreOffice
 * and Google Sheets (CSV injection, OWASP): it gets a leading apostrophe, which they show as text.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]|^\s+[=+\-@]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}
