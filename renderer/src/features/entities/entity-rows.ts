import type { EntitySummary, EntityType } from '../../../../shared/model/entity';
import type { EntitySort } from '../../store/slices/entities-slice';

/**
 * Rows the Entities list renders at first, and how many more each "Show more" adds. A 100k-article
 * folder has tens of thousands of entities: rendering them all made the tab's first render one
 * 0.5–1.3 s task (issue 5); a page of rows is a few milliseconds, and the filter box finds the rest.
 */
export const ENTITY_PAGE = 200;

// Intl.Collator compares ~10× faster than localeCompare on large sorts.
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

const ORDERS: Record<EntitySort, (a: EntitySummary, b: EntitySummary) => number> = {
  mentions: (a, b) => b.mentions - a.mentions || collator.compare(a.name, b.name),
  documents: (a, b) => b.documents - a.documents || b.mentions - a.mentions,
  name: (a, b) => collator.compare(a.name, b.name),
};

// Lower-cased names and aliases per entity object, computed once: typing a filter then costs one
// `includes` per entity instead of lower-casing every alias on every key.
const haystacks = new WeakMap<EntitySummary, string>();
function haystack(e: EntitySummary): string {
  let h = haystacks.get(e);
  if (h === undefined) {
    h = [e.name, ...e.aliases.map((a) => a.text)].join('\u0000').toLowerCase();
    haystacks.set(e, h);
  }
  return h;
}

/** The entities of one type (or all) whose name or an alias contains `query`, in order `sort`. */
export function entityRows(
  list: readonly EntitySummary[],
  type: EntityType | null,
  query: string,
  sort: EntitySort,
): EntitySummary[] {
  const q = query.trim().toLowerCase();
  return list.filter((e) => (!type || e.type === type) && (!q || haystack(e).includes(q))).sort(ORDERS[sort]);
}

/** The largest mention count (at least 1): the scale of the rows' count bars. */
export function maxMentions(rows: readonly EntitySummary[]): number {
  // A loop, not Math.max(...rows): spreading tens of thousands of arguments can overflow the stack.
  let max = 1;
  for (const r of rows) if (r.mentions > max) max = r.mentions;
  return max;
}

/** Entities per type, plus `all`. */
export function entityTypeCounts(list: readonly EntitySummary[]): Record<string, number> {
  const c: Record<string, number> = { all: list.length };
  for (const e of list) c[e.type] = (c[e.type] ?? 0) + 1;
  return c;
}
