import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import { useWorkbench } from '../../store/context';
import type { LibrarySort } from '../../store/slices/library-slice';
import { EmptyState, ErrorMessage, SearchField } from '../../ui';
import { DocRow, type OpenDocument } from './DocRow';
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

/**
 * Filter box, sort, grouping, chips and the count line. A component of its own, memoised on its props,
 * so the scroll steps that re-render the list (many per second while a cold folder is indexed) do not
 * re-render the controls too.
 */
const LibraryControls = memo(function LibraryControls({
  shown,
  sorting,
}: {
  shown: number;
  sorting: boolean;
}) {
  const total = useWorkbench((s) => s.documents.length);
  const sort = useWorkbench((s) => s.librarySort);
  const filter = useWorkbench((s) => s.libraryFilter);
  const grouped = useWorkbench((s) => s.groupByFolder);
  const setSort = useWorkbench((s) => s.setLibrarySort);
  const setFilter = useWorkbench((s) => s.setLibraryFilter);
  const setGrouped = useWorkbench((s) => s.setGroupByFolder);
  const partial = useWorkbench((s) => s.libraryPartial);
  const expected = useWorkbench((s) => s.workspace?.documents ?? 0);
  return (
    <div className="library-controls">
      <SearchField
        label="Filter documents"
        placeholder="Filter by title, outlet, path"
        value={filter}
        onValueChange={setFilter}
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
          <input type="checkbox" checked={grouped} onChange={(e) => setGrouped(e.target.checked)} /> Group by
          folder
        </label>
      </div>
      <FilterChips />
      <p className="count muted" role="status" aria-live="polite">
        {partial
          ? `Loading the library… ${total} of ${expected} documents so far`
          : `${shown === total ? `${total} documents` : `${shown} of ${total} documents`}${sorting ? ' · sorting…' : ''}`}
      </p>
    </div>
  );
});

/** The library: filter, chips, sort, grouping and the virtualised list of documents. */
export function LibraryPanel() {
  const { rows, docs, sorting } = useWorkbench(selectLibrary);
  const documents = useWorkbench((s) => s.documents);
  const librarySorted = useWorkbench((s) => s.librarySorted);
  const openDocument = useWorkbench((s) => s.openDocument);
  const openBeside = useWorkbench((s) => s.openBeside);
  const activeId = useWorkbench((s) => s.panes[s.activePane]?.docId ?? null);
  const error = useWorkbench((s) => s.libraryError);
  const loaded = useWorkbench((s) => s.libraryLoaded);
  const sort = useWorkbench((s) => s.librarySort);
  const grouped = useWorkbench((s) => s.groupByFolder);
  const total = useWorkbench((s) => s.documents.length);
  const scrollRef = useRef<HTMLDivElement>(null);
  const onOpen = useCallback<OpenDocument>(
    (id, beside) => void (beside ? openBeside(id) : openDocument(id)),
    [openBeside, openDocument],
  );
  // The same element every render: React then skips it when a scroll step re-renders the list.
  const notIndexed = useMemo(() => <NotIndexedList />, []);

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

  return (
    <div className="library">
      <LibraryControls shown={docs.length} sorting={sorting} />
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
            return (
              <DocRow
                key={item.key}
                doc={row.doc}
                active={row.doc.id === activeId}
                top={item.start}
                height={item.size}
                onOpen={onOpen}
              />
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
      {notIndexed}
    </div>
  );
}
