import { useMemo } from 'react';
import { useWorkbench } from '../../store/context';
import { visibleDocuments, type LibrarySort } from '../../store/slices/library-slice';
import { NotIndexedList } from './NotIndexedList';

const SORTS: { value: LibrarySort; label: string }[] = [
  { value: 'date-desc', label: 'Newest first' },
  { value: 'date-asc', label: 'Oldest first' },
  { value: 'title', label: 'Title' },
  { value: 'outlet', label: 'Outlet' },
  { value: 'path', label: 'File path' },
];

/** The library: filter, sort and the list of documents. */
export function LibraryPanel() {
  const documents = useWorkbench((s) => s.documents);
  const sort = useWorkbench((s) => s.librarySort);
  const filter = useWorkbench((s) => s.libraryFilter);
  const setSort = useWorkbench((s) => s.setLibrarySort);
  const setFilter = useWorkbench((s) => s.setLibraryFilter);
  const openDocument = useWorkbench((s) => s.openDocument);
  const activeId = useWorkbench((s) => s.panes[s.activePane]?.docId ?? null);
  const error = useWorkbench((s) => s.libraryError);
  const rows = useMemo(() => visibleDocuments(documents, sort, filter), [documents, sort, filter]);

  return (
    <div className="library">
      <div className="library-controls">
        <input
          type="search"
          aria-label="Filter documents"
          placeholder="Filter by title, outlet, path"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
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
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <ul className="doc-list" aria-label="Documents">
        {rows.map((d) => (
          <li key={d.id}>
            <button
              type="button"
              className={d.id === activeId ? 'doc-row active' : 'doc-row'}
              aria-current={d.id === activeId ? 'true' : undefined}
              onClick={() => void openDocument(d.id)}
            >
              <span className="doc-title">{d.title}</span>
              <span className="doc-meta">
                <span>{d.outlet === 'unknown' ? 'Unknown outlet' : d.outlet}</span>
                <span>{d.date ?? 'no date'}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      {rows.length === 0 && !error && (
        <p className="hint">
          {filter ? 'No document matches this filter.' : 'This folder has no articles Dossier can read.'}
        </p>
      )}
      <NotIndexedList />
    </div>
  );
}
