import type { Excerpt, GroupBy, SortBy } from '../../../shared/model/export';
import { missingCaseError } from '../../../shared/contract/errors';
import { actorOf } from './evidence';

/** One heading of a brief and the excerpts under it, in output order. */
export interface ExcerptGroup {
  /** Stable key ('' for the single group of an ungrouped export). */
  key: string;
  title: string;
  excerpts: Excerpt[];
}

/** Heading used for excerpts that lack the grouping field; always sorted last. */
const NONE = { issue: 'No issue', entity: 'No entity', date: 'Undated' } as const;

/** Sorts excerpts by document date (undated last) or by position within each document (path order). */
export function sortExcerpts(excerpts: readonly Excerpt[], sortBy: SortBy): Excerpt[] {
  const byPosition = (a: Excerpt, b: Excerpt) =>
    compare(a.source.path, b.source.path) ||
    a.source.story - b.source.story ||
    a.start - b.start ||
    a.end - b.end ||
    compare(a.id, b.id);
  if (sortBy === 'position') return [...excerpts].sort(byPosition);
  return [...excerpts].sort((a, b) => compareDates(a.source.date, b.source.date) || byPosition(a, b));
}

/** Groups (then sorts inside each group); groups are ordered by name, date or document date. */
export function groupExcerpts(
  excerpts: readonly Excerpt[],
  groupBy: GroupBy,
  sortBy: SortBy,
): ExcerptGroup[] {
  const sorted = sortExcerpts(excerpts, sortBy);
  if (groupBy === 'none') return sorted.length ? [{ key: '', title: '', excerpts: sorted }] : [];
  const groups = new Map<string, ExcerptGroup>();
  for (const e of sorted) {
    const { key, title } = groupOf(e, groupBy);
    const g = groups.get(key) ?? { key, title, excerpts: [] };
    g.excerpts.push(e);
    groups.set(key, g);
  }
  const list = [...groups.values()];
  if (groupBy === 'document')
    return list.sort(
      (a, b) =>
        compareDates(a.excerpts[0]?.source.date ?? null, b.excerpts[0]?.source.date ?? null) ||
        compare(a.key, b.key),
    );
  // Missing-value groups ("No issue", "Undated") carry a key starting with \u0000 sorted to the end.
  return list.sort((a, b) => {
    const am = a.key.startsWith('\u0000');
    const bm = b.key.startsWith('\u0000');
    if (am !== bm) return am ? 1 : -1;
    return groupBy === 'date'
      ? compare(a.key, b.key)
      : compare(a.title.toLocaleLowerCase(), b.title.toLocaleLowerCase()) || compare(a.key, b.key);
  });
}

function groupOf(e: Excerpt, groupBy: Exclude<GroupBy, 'none'>): { key: string; title: string } {
  switch (groupBy) {
    case 'issue':
      return e.issue
        ? { key: `i:${e.issue.title}`, title: e.issue.title }
        : { key: '\u0000', title: NONE.issue };
    case 'entity':
      // Issue evidence groups under its actor, the entity the issue tracker links it to.
      return actorOf(e)
        ? { key: `e:${actorOf(e) ?? ''}`, title: actorOf(e) ?? '' }
        : { key: '\u0000', title: NONE.entity };
    case 'document':
      return { key: e.source.id, title: e.source.title || e.source.path };
    case 'date': {
      const day = e.source.date?.slice(0, 10);
      return day ? { key: day, title: day } : { key: '\u0000', title: NONE.date };
    }
    default:
      throw missingCaseError(groupBy);
  }
}

/** Undated sorts after every date. */
function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compare(a, b);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
