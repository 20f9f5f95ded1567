import { EntityTypeSchema, type EntityType } from '../../../shared/model/entity';
import type { EntityRecord } from './types';
import { aliasCounts } from './views';

/** One row of a gazetteer CSV: an alias of a named entity of a type. */
export interface GazetteerCsvRow {
  name: string;
  type: EntityType;
  alias: string;
}

const HEADER = 'name,type,alias';

function cell(s: string): string {
  return /[",\n\r]/.test(s) || /^[=+\-@]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Writes `name,type,alias` rows (RFC 4180 quoting; a leading = + - @ is quoted so sheets do not run it). */
export function exportGazetteer(entities: readonly EntityRecord[]): { csv: string; rows: number } {
  const lines = [HEADER];
  for (const e of entities) {
    if (e.hidden) continue;
    const aliases = new Set([e.name, ...aliasCounts(e).map((a) => a.text)]);
    for (const a of aliases) lines.push([e.name, e.type, a].map(cell).join(','));
  }
  return { csv: `${lines.join('\r\n')}\r\n`, rows: lines.length - 1 };
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

/** Reads a gazetteer CSV; rows that cannot be used are reported with their line number and why. */
export function importGazetteer(csv: string): { rows: GazetteerCsvRow[]; skipped: string[] } {
  const all = parseCsv(csv.replace(/^\uFEFF/, ''));
  const first = all[0]?.map((h) => h.trim().toLowerCase());
  const hasHeader = first?.[0] === 'name';
  const rows: GazetteerCsvRow[] = [];
  const skipped: string[] = [];
  all.slice(hasHeader ? 1 : 0).forEach((r, i) => {
    const line = i + (hasHeader ? 2 : 1);
    const [name, type, alias] = r.map((f) => f.trim());
    const t = EntityTypeSchema.safeParse(type === 'organization' ? 'organisation' : type);
    if (!name || !alias) skipped.push(`line ${line}: needs name and alias`);
    else if (!t.success)
      skipped.push(`line ${line}: type must be person, organisation or place, not "${type ?? ''}"`);
    else rows.push({ name, type: t.data, alias });
  });
  return { rows, skipped };
}
