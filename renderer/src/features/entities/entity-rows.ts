import type { EntitySummary, EntityType } from '../../../../shared/model/entity';
import type { EntitySort } from '../../store/slices/entities-slice';
import { mergeSortSteps, runInSlices } from '../library/sort-slices';

/**
 * Rows the Entities list renders at first, and how many more each "Show more" adds. A 100k-article
 * folder has tens of thousands of entities: rendering them all made the tab's first render one
 * 0.5–1.3 s task (issue 5); a page of rows is a few milliseconds, and the filter box finds the rest.
 */
export const ENTITY_PAGE = 200;

// The default collator: as fast as localeCompare's ASCII path. `numeric`/`sensitivity` options made a
// 124k-name sort 3.5× slower (1.3 s against 0.37 s in Node 20).
const collator = new Intl.Collator();

/** Up to this many entities are sorted at once; more are sorted in slices (see sortEntitiesInSlices). */
export const SYNC_ENTITY_SORT_LIMIT = 2000;

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

// Finished orders per list (by identity) and sort: a type or a query then only filters a sorted list.
const orders = new WeakMap<readonly EntitySummary[], Map<EntitySort, EntitySummary[]>>();
const ordersOf = (list: readonly EntitySummary[]) => {
  let m = orders.get(list);
  if (!m) orders.set(list, (m = new Map()));
  return m;
};

/**
 * Sorts a large list in slices of a few milliseconds and remembers the order (a 100k-article folder's
 * ~120k entities took ~0.4 s in one piece). Resolves when `entityRows` has it.
 */
export async function sortEntitiesInSlices(list: readonly EntitySummary[], sort: EntitySort): Promise<void> {
  if (ordersOf(list).has(sort)) return;
  const sorted = await runInSlices(mergeSortSteps(list, ORDERS[sort]));
  ordersOf(list).set(sort, sorted);
}

/**
 * The entities of one type (or all) whose name or an alias contains `query`, in order `sort`. A large
 * list not sorted yet comes in the list's own order with `sorting: true` (call sortEntitiesInSlices).
 */
export function entityRows(
  list: readonly EntitySummary[],
  type: EntityType | null,
  query: string,
  sort: EntitySort,
): { rows: EntitySummary[]; sorting: boolean } {
  const ready = ordersOf(list);
  let ordered = ready.get(sort);
  if (!ordered && list.length <= SYNC_ENTITY_SORT_LIMIT)
    ready.set(sort, (ordered = [...list].sort(ORDERS[sort])));
  const q = query.trim().toLowerCase();
  const rows = (ordered ?? list).filter((e) => (!type || e.type === type) && (!q || haystack(e).includes(q)));
  return { rows, sorting: !ordered };
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
