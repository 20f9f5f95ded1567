import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef } from 'react';
import { useWorkbench } from '../../store/context';
import type { LibrarySort } from '../../store/slices/library-slice';
import { Badge, EmptyState, ErrorMessage } from '../../ui';
import { outletLabel } from '../reader/DocHeader';
import { FilterChips } from './FilterChips';
import { selectLibrary, sortInSlices, SYNC_SORT_LIMIT, warmFilterKeys } from './library-rows';
import { NotIndexedList } from './NotIndexedList';

const SORTS: { value: LibrarySort; label: string }[] = [
  { value: 'date-desc', label: 'Newest first' },
  { value: 'date-asc', label: 'Oldest first' },
  { value: 'title', label: 'Title' },
  { value: 'outlet', label: 'Outlet' },
  { value: 'path', label: 'File path' },
];

const ROW_HEIGHT = 54;
const FOLDER_ROW_HEIGHT = 28;

/** The library: filter, chips, sort, grouping and the virtualised list of documents. */
export function LibraryPanel() {
  const { rows, docs, sorting } = useWorkbench(selectLibrary);
  const documents = useWorkbench((s) => s.documents);
  const librarySorted = useWorkbench((s) => s.librarySorted);
  const total = useWorkbench((s) => s.documents.length);
  const sort = useWorkbench((s) => s.librarySort);
  const filter = useWorkbench((s) => s.libraryFilter);
  const grouped = useWorkbench((s) => s.groupByFolder);
  const setSort = useWorkbench((s) => s.setLibrarySort);
  const setFilter = useWorkbench((s) => s.setLibraryFilter);
  const setGrouped = useWorkbench((s) => s.setGroupByFolder);
  const openDocument = useWorkbench((s) => s.openDocument);
  const openBeside = useWorkbench((s) => s.openBeside);
  const activeId = useWorkbench((s) => s.panes[s.activePane]?.docId ?? null);
  const error = useWorkbench((s) => s.libraryError);
  const loaded = useWorkbench((s) => s.libraryLoaded);
  const partial = useWorkbench((s) => s.libraryPartial);
  const expected = useWorkbench((s) => s.workspace?.documents ?? 0);
  const scrollRef = useRef<HTMLDivElement>(null);

  // Stable callbacks: the virtualiser re-measures every row (100k calls) whenever getItemKey changes
  // identity, which a fresh arrow per render did on every scroll step.
  const estimateSize = useCallback(
    (i: number) => (rows[i]?.kind === 'folder' ? FOLDER_ROW_HEIGHT : ROW_HEIGHT),
    [rows],
  );
  // Ungrouped rows all have one height, so rows keyed by index keep every measurement across a re-sort
  // (a new key function makes the virtualiser measure all 100k rows again); grouped rows, whose heights
  // differ, are keyed by what they show.
  const keyRows = grouped ? rows : null;
  const getItemKey = useCallback(
    (i: number) => {
      const r = keyRows?.[i];
      return !r ? i : r.kind === 'doc' ? r.doc.id : `folder:${r.folder}`;
    },
    [keyRows],
  );
  const getScrollElement = useCallback(() => scrollRef.current, []);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement,
    estimateSize,
    overscan: 12,
    getItemKey,
  });

  // A large list sorts in slices (the rows show the previous order meanwhile), then the selector re-runs.
  useEffect(() => {
    if (!sorting) return;
    let live = true;
    void sortInSlices(documents, sort).then(() => live && librarySorted());
    return () => {
      live = false;
    };
  }, [sorting, documents, sort, librarySorted]);
  useEffect(() => {
    if (documents.length > SYNC_SORT_LIMIT) void warmFilterKeys(documents);
  }, [documents]);

  // Keep the active document in view when it changes by keyboard (j/k) or from elsewhere.
  useEffect(() => {
    if (!activeId) return;
    const i = rows.findIndex((r) => r.kind === 'doc' && r.doc.id === activeId);
    if (i >= 0) virtualizer.scrollToIndex(i, { align: 'auto' });
  }, [activeId, rows, virtualizer]);

  const shown = docs.length;
  return (
    <div className="library">
      <div className="library-controls">
        <input
          type="search"
          aria-label="Filter documents"
          placeholder="Filter by title, outlet, path"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          data-autofocus
        />
        <div className="library-row">
          <label className="inline-label">
            <span className="visually-hidden">Sort documents</span>
            <select
              aria-label="Sort documents"
              value={sort}
              onChange={(e) => setSort(e.target.value as LibrarySort)}
            >
              {SORTS.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          </label>
          <label className="check">
            <input type="checkbox" checked={grouped} onChange={(e) => setGrouped(e.target.checked)} /> Group
            by folder
          </label>
        </div>
        <FilterChips />
        <p className="count muted" role="status" aria-live="polite">
          {partial
            ? `Loading the library… ${total} of ${expected} documents so far`
            : `${shown === total ? `${total} documents` : `${shown} of ${total} documents`}${sorting ? ' · sorting…' : ''}`}
        </p>
      </div>
      {error && <ErrorMessage>{error}</ErrorMessage>}
      <div className="doc-scroll" ref={scrollRef}>
        <ul className="doc-list" aria-label="Documents" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            const style = { transform: `translateY(${item.start}px)`, height: item.size };
            if (row.kind === 'folder')
              return (
                <li
                  key={item.key}
                  className="folder-row"
                  style={style}
                  aria-label={`Folder ${row.folder || '(top level)'}`}
                >
                  <span aria-hidden="true">▸ </span>
                  {row.folder || '(top level)'} <span className="muted">{row.count}</span>
                </li>
              );
            const d = row.doc;
            const active = d.id === activeId;
            return (
              <li key={item.key} style={style}>
                <button
                  type="button"
                  className={active ? 'doc-row active' : 'doc-row'}
                  aria-current={active ? 'true' : undefined}
                  onClick={(e) => void (e.altKey ? openBeside(d.id) : openDocument(d.id))}
                  title={`${d.path}${d.story > 1 ? ` (story ${d.story})` : ''} — Alt+click opens beside`}
                >
                  <span className="doc-title">{d.title}</span>
                  <span className="doc-meta">
                    <span className="doc-outlet">{outletLabel(d.outlet)}</span>
                    <span>{d.date ? d.date.slice(0, 10) : 'no date'}</span>
                    {d.annotationCount > 0 && (
                      <Badge tone="accent" aria-label={`${d.annotationCount} annotations`}>
                        ✎ {d.annotationCount}
                      </Badge>
                    )}
                    {d.copies > 1 && <Badge tone="warn">{d.copies} copies</Badge>}
                    {d.encodingFlagged && (
                      <Badge tone="warn" aria-label="encoding flagged">
                        encoding?
                      </Badge>
                    )}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
        {loaded && rows.length === 0 && !error && (
          <EmptyState title={total === 0 ? 'No articles here' : 'Nothing matches'}>
            <p>
              {total === 0
                ? 'Dossier found no article it can read in this folder. See “Files not indexed” below for why, or open another folder.'
                : 'No document matches the filter and chips. Clear them to see everything.'}
            </p>
          </EmptyState>
        )}
      </div>
      <NotIndexedList />
    </div>
  );
}
