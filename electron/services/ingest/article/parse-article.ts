import type { DateSource, LiveEntry } from '../../../../shared/model/document';
import type { ParsedStory } from '../types';
import { findDate, parseTimestamp, yearNotAfter, type YearFor } from './dates';
import { parseDateline, type Dateline } from './dateline';
import { classifyLines, furnitureRanges, type Classified } from './furniture';
import { readHeader } from './header';
import { isBodyLine, splitLines } from './lines';
import { expandAcronym, outletFromCredit, outletFromMasthead } from './outlet';
import { findSplits, stampCount } from './segment';

/** Metadata that overrides what the text says: a `.meta.json` sidecar, front matter, HTML/PDF/DOCX meta. */
export interface ArticleMeta {
  title?: string | undefined;
  /** `YYYY-MM-DD`. */
  date?: string | undefined;
  dateSource?: 'sidecar' | 'frontmatter' | 'meta' | undefined;
  outlet?: string | undefined;
  /** A container's own date (PDF/DOCX properties): a date line in the text wins over it. */
  dateWeak?: boolean | undefined;
}

/** What the parser knows besides the text. */
export interface ArticleContext {
  meta?: ArticleMeta | undefined;
  /** The file's modification time: the weak last-resort date. */
  mtimeMs?: number | undefined;
  /** The file name, whose `YYYY-MM-DD` (if any) completes datelines that print no year. */
  fileName?: string | undefined;
}

/** How far into a story a text date is searched for (keeps per-file work bounded on huge files). */
const TEXT_DATE_WINDOW = 20_000;

/**
 * The article grammar (docs/ingest.md): splits canonical text into stories and reads each one's title,
 * date and its source, outlet, dateline, live-blog entries and furniture ranges. Linear in the text length.
 */
export function parseArticle(text: string, context: ArticleContext = {}): ParsedStory[] {
  const lines = classifyLines(splitLines(text));
  const splits = findSplits(lines);
  const bounds = [0, ...splits.map((s) => s.index), lines.length];
  const fileYear = fallbackYear(lines, context);
  const credit = bestCredit(lines);
  let mastheadOutlet: string | null = null;
  const stories: ParsedStory[] = [];
  for (let s = 0; s + 1 < bounds.length; s++) {
    const from = bounds[s]!;
    const to = bounds[s + 1]!;
    const start = s === 0 ? 0 : lines[from]!.line.start;
    const end = s + 2 < bounds.length ? lines[to]!.line.start : text.length;
    const header = readHeader(lines, from, to, s === 0);
    if (s === 0 && header.masthead !== -1)
      mastheadOutlet = outletFromMasthead(lines[header.masthead]!.line.text, text);
    const stamps = stampCount(lines.slice(from, to)) >= 2;
    const entries = stamps ? readEntries(lines, from, to, text) : [];
    const kinds = new Map<number, import('../../../../shared/model/document').FurnitureKind | null>(
      header.kinds,
    );
    for (const e of entries) kinds.set(e.start, null);
    const dates = readDates(lines, from, to, header.firstBody, stamps);
    const storyYear = yearFromIso(dates.meta ?? dates.updated ?? entries[0]?.timestamp ?? null);
    const year: YearFor | null = storyYear !== null ? () => storyYear : fileYear;
    const dateline = readDateline(lines, header.firstBody, to, year);
    const textDate =
      dates.meta || dates.updated || dateline?.date ? null : readTextDate(lines, header.firstBody, to);
    const picked = pickDate(context, {
      meta: dates.meta,
      updated: dates.updated,
      dateline: dateline?.date ?? null,
      entry: entries[0]?.timestamp.slice(0, 10) ?? null,
      text: textDate,
    });
    const outlet =
      context.meta?.outlet ??
      mastheadOutlet ??
      credit ??
      (dateline?.agency ? expandAcronym(dateline.agency, text) : null) ??
      'unknown';
    const titleLine = header.title === -1 ? null : lines[header.title]!.line;
    const title = s === 0 && context.meta?.title ? context.meta.title : titleOf(titleLine, lines, from, to);
    stories.push({
      start,
      end,
      title,
      date: picked.date,
      dateSource: picked.source,
      outlet,
      dateline: dateline?.place ?? null,
      boilerplate: furnitureRanges(lines.slice(from, to), kinds),
      entries,
      splitReason: s === 0 ? null : (splits[s - 1]?.reason ?? null),
    });
  }
  return stories;
}

function titleOf(
  line: { start: number; end: number; text: string } | null,
  lines: readonly Classified[],
  from: number,
  to: number,
): string {
  if (line) return clip(line.text.replace(/^#{1,6}\s+/, ''), 300);
  for (let k = from; k < to; k++) {
    const c = lines[k]!;
    if (c.kind.type === 'text') return clip(c.line.text, 120);
  }
  return 'Untitled';
}

function clip(s: string, n: number): string {
  if (s.length <= n) return s;
  const cut = s.slice(0, n);
  const space = cut.lastIndexOf(' ');
  return `${space > n / 2 ? cut.slice(0, space) : cut}…`;
}

function readDates(lines: readonly Classified[], from: number, to: number, firstBody: number, live: boolean) {
  let meta: string | null = null;
  let updated: string | null = null;
  // Date lines count as the story's date only near its top: a date on its own line deep in the text is
  // part of the story (a timeline), not its publication date.
  const limit = Math.min(to, Math.max(firstBody + 2, from + 12));
  for (let k = from; k < limit; k++) {
    const kind = lines[k]!.kind;
    if (kind.type !== 'date') continue;
    if (kind.via === 'updated') updated ??= kind.iso;
    else if (!(live && kind.via === 'bare' && kind.hasTime)) meta ??= kind.iso;
  }
  return { meta, updated };
}

function readEntries(lines: readonly Classified[], from: number, to: number, text: string): LiveEntry[] {
  const stamps: number[] = [];
  let lastText = from;
  for (let k = from; k < to; k++) {
    const c = lines[k]!;
    if (c.kind.type === 'date' && c.kind.via === 'bare' && c.kind.hasTime) stamps.push(k);
    else if (c.kind.type === 'text') lastText = k;
  }
  const entries: LiveEntry[] = [];
  stamps.forEach((k, i) => {
    const line = lines[k]!.line;
    const next = stamps[i + 1];
    const end = next !== undefined ? lines[next]!.line.start : lines[Math.max(lastText, k)]!.line.end;
    const timestamp = parseTimestamp(line.text) ?? (lines[k]!.kind as { iso: string }).iso;
    let label = '';
    for (let j = k + 1; j < to && j < k + 4; j++) {
      if (lines[j]!.kind.type === 'text') {
        label = clip(lines[j]!.line.text, 200);
        break;
      }
    }
    const trimmedEnd = trimEnd(text, line.start, end);
    if (trimmedEnd > line.start) entries.push({ start: line.start, end: trimmedEnd, timestamp, label });
  });
  return entries;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1] ?? '')) e--;
  return e;
}

function readDateline(
  lines: readonly Classified[],
  firstBody: number,
  to: number,
  year: YearFor | null,
): Dateline | null {
  let tried = 0;
  for (let k = firstBody; k < to && tried < 2; k++) {
    const c = lines[k]!;
    if (c.kind.type !== 'text' || !isBodyLine(c.line)) continue;
    tried++;
    const d = parseDateline(c.line.text, year);
    if (d) return d;
  }
  return null;
}

function readTextDate(lines: readonly Classified[], firstBody: number, to: number): string | null {
  let budget = TEXT_DATE_WINDOW;
  for (let k = firstBody; k < to && budget > 0; k++) {
    const c = lines[k]!;
    if (c.kind.type !== 'text') continue;
    const slice = c.line.text.slice(0, budget);
    budget -= slice.length;
    const d = findDate(slice);
    if (d) return d.iso;
  }
  return null;
}

interface Candidates {
  meta: string | null;
  updated: string | null;
  dateline: string | null;
  entry: string | null;
  text: string | null;
}

/** dateSource precedence: sidecar > meta/frontmatter > updated > dateline > entry > text > mtime. */
function pickDate(context: ArticleContext, c: Candidates): { date: string | null; source: DateSource } {
  const m = context.meta;
  if (m?.date && m.dateSource === 'sidecar') return { date: m.date, source: 'sidecar' };
  if (m?.date && !m.dateWeak) return { date: m.date, source: m.dateSource ?? 'meta' };
  if (c.meta) return { date: c.meta, source: 'meta' };
  if (m?.date) return { date: m.date, source: m.dateSource ?? 'meta' };
  if (c.updated) return { date: c.updated, source: 'updated' };
  if (c.dateline) return { date: c.dateline, source: 'dateline' };
  if (c.entry) return { date: c.entry, source: 'entry' };
  if (c.text) return { date: c.text, source: 'text' };
  if (context.mtimeMs !== undefined && Number.isFinite(context.mtimeMs) && context.mtimeMs > 0)
    return { date: new Date(context.mtimeMs).toISOString().slice(0, 10), source: 'mtime' };
  return { date: null, source: 'none' };
}

function yearFromIso(iso: string | null): number | null {
  return iso ? Number(iso.slice(0, 4)) : null;
}

function fallbackYear(lines: readonly Classified[], context: ArticleContext): YearFor | null {
  const fromMeta = context.meta?.date ? Number(context.meta.date.slice(0, 4)) : null;
  if (fromMeta) return () => fromMeta;
  for (const c of lines.slice(0, 40)) {
    if (c.kind.type === 'date') {
      const y = Number(c.kind.iso.slice(0, 4));
      return () => y;
    }
  }
  const named = context.fileName ? /(?<!\d)(20\d\d|19\d\d)-\d\d-\d\d(?!\d)/.exec(context.fileName) : null;
  if (named) {
    const y = Number(named[1]);
    return () => y;
  }
  return context.mtimeMs ? yearNotAfter(context.mtimeMs) : null;
}

/** The strongest outlet credit anywhere in the file ("© X" beats "Follow X on …" beats "(X)"). */
function bestCredit(lines: readonly Classified[]): string | null {
  let best: { name: string; strength: number } | null = null;
  for (const c of lines) {
    if (c.kind.type !== 'furniture' && c.kind.type !== 'text' && c.kind.type !== 'date') continue;
    if (c.line.end - c.line.start > 200) continue;
    const found = outletFromCredit(c.line.text, c.kind.type === 'date');
    if (found && (!best || found.strength > best.strength)) best = found;
  }
  return best?.name ?? null;
}
