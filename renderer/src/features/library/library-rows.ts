import type { DocumentSummary } from '../../../../shared/model/document';
import { NO_CHIPS, type LibraryChips, type LibrarySort } from '../../store/slices/library-slice';
import type { WorkbenchState } from '../../store/create-store';
import { mergeSortSteps, runInSlices } from './sort-slices';

/** A row of the virtualised library: a folder heading (when grouped) or a document. */
export type LibraryRow =
  { kind: 'folder'; folder: string; count: number } | { kind: 'doc'; doc: DocumentSummary };

/** The folder part of a relative path ('' for the root). */
export function folderOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

// Intl.Collator is ~10× faster than localeCompare for 100k-row sorts.
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function matchesChips(d: DocumentSummary, chips: LibraryChips): boolean {
  if (chips.outlet !== null && d.outlet !== chips.outlet) return false;
  if (chips.hasAnnotations && d.annotationCount === 0) return false;
  if (chips.hasCopies && d.copies < 2) return false;
  if (chips.encodingFlagged && !d.encodingFlagged) return false;
  if (chips.dateFrom || chips.dateTo) {
    const day = d.date?.slice(0, 10);
    if (!day) return false;
    if (chips.dateFrom && day < chips.dateFrom) return false;
    if (chips.dateTo && day > chips.dateTo) return false;
  }
  return true;
}

// Lower-cased "title outlet path" per row, computed once per row object: typing a filter then costs one
// `includes` per row instead of three toLocaleLowerCase calls (the 20k-row bench showed 220 ms keys).
const haystacks = new WeakMap<DocumentSummary, string>();
function haystack(d: DocumentSummary): string {
  let h = haystacks.get(d);
  if (h === undefined) {
    h = `${d.title}\u0000${d.outlet}\u0000${d.path}`.toLocaleLowerCase();
    haystacks.set(d, h);
  }
  return h;
}

const byDate = (a: DocumentSummary, b: DocumentSummary) =>
  a.date === b.date ? 0 : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1;
const byTitle = (a: DocumentSummary, b: DocumentSummary) =>
  collator.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The comparator of one order (undated last in both date orders: they are least useful on a timeline). */
function comparator(sort: LibrarySort): (a: DocumentSummary, b: DocumentSummary) => number {
  switch (sort) {
    case 'date-desc':
      return (a, b) =>
        (a.date === null) !== (b.date === null) ? byDate(a, b) : byDate(b, a) || byTitle(a, b);
    case 'date-asc':
      return (a, b) => byDate(a, b) || byTitle(a, b);
    case 'title':
      return byTitle;
    case 'outlet':
      return (a, b) => collator.compare(a.outlet, b.outlet) || byDate(b, a) || byTitle(a, b);
    case 'path':
      return (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  }
}

/** The documents in one order. */
export function sortDocuments(docs: readonly DocumentSummary[], sort: LibrarySort): DocumentSummary[] {
  return [...docs].sort(comparator(sort));
}

/** Up to this many rows are sorted at once; more are sorted in slices (see sort-slices.ts). */
export const SYNC_SORT_LIMIT = 1500;

// Finished orders per list (by identity) and sort; a new list from the services starts empty.
const orders = new WeakMap<readonly DocumentSummary[], Map<LibrarySort, DocumentSummary[]>>();
const ordersOf = (docs: readonly DocumentSummary[]) => {
  let m = orders.get(docs);
  if (!m) orders.set(docs, (m = new Map()));
  return m;
};
const sorting = new Map<LibrarySort, Promise<void>>();

/** True when `docs` in order `sort` is ready (small lists always are: they sort on demand). */
export function isSorted(docs: readonly DocumentSummary[], sort: LibrarySort): boolean {
  return docs.length <= SYNC_SORT_LIMIT || ordersOf(docs).has(sort);
}

/**
 * Sorts a large list in slices so the page stays responsive, and remembers the order. The caller tells
 * the store when it resolves (the library shows the previous order, marked "sorting…", meanwhile).
 */
export function sortInSlices(docs: readonly DocumentSummary[], sort: LibrarySort): Promise<void> {
  if (isSorted(docs, sort)) return Promise.resolve();
  const running = sorting.get(sort);
  if (running) return running.then(() => sortInSlices(docs, sort));
  const job = runInSlices(mergeSortSteps(docs, comparator(sort))).then((rows) => {
    ordersOf(docs).set(sort, rows);
    sorting.delete(sort);
  });
  sorting.set(sort, job);
  return job;
}

/** `docs` in order `sort`, or (large list, order not ready yet) the best order there is: another finished
 * order of the same list, else the list as it came (path order). */
function orderedNow(
  docs: readonly DocumentSummary[],
  sort: LibrarySort,
): { rows: readonly DocumentSummary[]; exact: boolean } {
  const ready = ordersOf(docs);
  let rows = ready.get(sort);
  if (!rows && docs.length <= SYNC_SORT_LIMIT) ready.set(sort, (rows = sortDocuments(docs, sort)));
  if (rows) return { rows, exact: true };
  const other = ready.values().next();
  return { rows: other.done ? docs : other.value, exact: false };
}

/** The documents after text filter, chips and sort (sorting now, however large the list). */
export function visibleDocuments(
  docs: readonly DocumentSummary[],
  sort: LibrarySort,
  filter: string,
  chips: LibraryChips,
): DocumentSummary[] {
  let rows = ordersOf(docs).get(sort);
  if (!rows) ordersOf(docs).set(sort, (rows = sortDocuments(docs, sort)));
  return filterDocuments(rows, filter, chips);
}

// The last filter result: typing one more character only narrows it, so the next key filters the
// previous result instead of every row (at 100k rows a full pass per key was a long task).
let lastFilter: {
  rows: readonly DocumentSummary[];
  chips: LibraryChips;
  needle: string;
  result: DocumentSummary[];
} | null = null;

function filterDocuments(
  rows: readonly DocumentSummary[],
  filter: string,
  chips: LibraryChips,
): DocumentSummary[] {
  const needle = filter.trim().toLocaleLowerCase();
  if (!needle && chips === NO_CHIPS) return rows as DocumentSummary[];
  const narrower =
    lastFilter !== null &&
    lastFilter.rows === rows &&
    lastFilter.chips === chips &&
    needle.includes(lastFilter.needle);
  const from = narrower && lastFilter ? lastFilter.result : rows;
  const result =
    narrower && lastFilter?.needle === needle
      ? lastFilter.result
      : from.filter((d) => matchesChips(d, chips) && (!needle || haystack(d).includes(needle)));
  lastFilter = { rows, chips, needle, result };
  return result;
}

/**
 * Fills the lower-cased filter keys of a large list in slices after it arrives, so the first keystroke
 * in the filter box does not pay for 100k of them at once.
 */
export function warmFilterKeys(docs: readonly DocumentSummary[]): Promise<void> {
  function* steps(): Generator<void, void, void> {
    for (let i = 0; i < docs.length; i++) {
      haystack(docs[i]!);
      if (i % 512 === 511) yield;
    }
  }
  return runInSlices(steps());
}

/** Rows for the list: documents, with folder headings before each folder's documents when grouped. */
export function libraryRows(docs: readonly DocumentSummary[], grouped: boolean): LibraryRow[] {
  if (!grouped) return docs.map((doc) => ({ kind: 'doc', doc }));
  const byFolder = new Map<string, DocumentSummary[]>();
  for (const d of docs) {
    const f = folderOf(d.path);
    const list = byFolder.get(f);
    if (list) list.push(d);
    else byFolder.set(f, [d]);
  }
  const out: LibraryRow[] = [];
  for (const folder of [...byFolder.keys()].sort((a, b) => collator.compare(a, b))) {
    const list = byFolder.get(folder) ?? [];
    out.push({ kind: 'folder', folder, count: list.length });
    for (const doc of list) out.push({ kind: 'doc', doc });
  }
  return out;
}

/** The distinct outlets with their document counts, most frequent first (for the outlet chip). */
export function outletCounts(docs: readonly DocumentSummary[]): { outlet: string; count: number }[] {
  const m = new Map<string, number>();
  for (const d of docs) m.set(d.outlet, (m.get(d.outlet) ?? 0) + 1);
  return [...m]
    .map(([outlet, count]) => ({ outlet, count }))
    .sort((a, b) => b.count - a.count || collator.compare(a.outlet, b.outlet));
}

let memo: {
  key: unknown[];
  rows: LibraryRow[];
  docs: DocumentSummary[];
  sorting: boolean;
} | null = null;

/**
 * Memoised visible rows for the state (one cache: the library is one list). `sorting` is true while a
 * large list is being sorted in slices: the rows are then in the previous order.
 */
export function selectLibrary(s: WorkbenchState): {
  rows: LibraryRow[];
  docs: DocumentSummary[];
  sorting: boolean;
} {
  const key = [
    s.documents,
    s.librarySort,
    s.libraryFilter,
    s.libraryChips,
    s.groupByFolder,
    s.librarySortedTick,
  ];
  if (memo && memo.key.every((k, i) => k === key[i])) return memo;
  const ordered = orderedNow(s.documents, s.librarySort);
  const docs = filterDocuments(ordered.rows, s.libraryFilter, s.libraryChips);
  const rows = libraryRows(docs, s.groupByFolder);
  // With grouping, j/k must walk documents in on-screen order.
  const walk = s.groupByFolder ? rows.flatMap((r) => (r.kind === 'doc' ? [r.doc] : [])) : docs;
  memo = { key, rows, docs: walk, sorting: !ordered.exact };
  return memo;
}
