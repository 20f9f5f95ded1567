import './search.css';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useWorkbench } from '../../store/context';
import { MAX_PANES } from '../../store/slices/reader-slice';
import { Facets } from './Facets';
import { QueryHelp } from './QueryHelp';
import { SearchLists } from './SearchLists';
import { Snippet } from './Snippet';

/** The Search sidebar panel: query box, explain, chips, facets, virtualised results with snippets. */
export function SearchPanel() {
  const query = useWorkbench((s) => s.searchQuery);
  const filters = useWorkbench((s) => s.searchFilters);
  const result = useWorkbench((s) => s.searchResult);
  const hits = useWorkbench((s) => s.searchHits);
  const error = useWorkbench((s) => s.searchError);
  const busy = useWorkbench((s) => s.searchBusy);
  const setQuery = useWorkbench((s) => s.setSearchQuery);
  const submit = useWorkbench((s) => s.submitSearch);
  const removeFilter = useWorkbench((s) => s.removeSearchFilter);
  const openHit = useWorkbench((s) => s.openHit);
  const stepHit = useWorkbench((s) => s.stepHit);
  const loadMore = useWorkbench((s) => s.loadMoreHits);
  const loadLists = useWorkbench((s) => s.loadSearchLists);
  const openBeside = useWorkbench((s) => s.openBeside);
  const saveSearch = useWorkbench((s) => s.saveSearch);
  const workspace = useWorkbench((s) => s.workspace);
  const scrollRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (workspace) void loadLists();
  }, [workspace, loadLists]);

  const virtualizer = useVirtualizer({
    count: hits.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 96,
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  const last = items[items.length - 1];
  useEffect(() => {
    if (last && result && last.index >= hits.length - 10 && hits.length < result.total) void loadMore();
  }, [last, hits.length, result, loadMore]);

  const openAll = async () => {
    const ids = hits.slice(0, MAX_PANES).map((h) => h.id);
    if (!ids[0]) return;
    await openHit(ids[0]);
    for (const id of ids.slice(1)) await openBeside(id);
  };

  return (
    <div className="search-panel">
      <div className="search-box-row">
        <input
          type="search"
          aria-label="Search the corpus"
          placeholder='Search: words, "phrases", title:, date:…'
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              submit();
              if (hits[0] && e.shiftKey) stepHit(-1);
            }
          }}
        />
        <QueryHelp />
      </div>
      {error && (
        <p className="search-error" role="alert">
          {error}
        </p>
      )}
      {!error && result && (
        <p
          className="search-explain"
          aria-label="How the query was read"
          title={result.explain.notes.join('\n')}
        >
          Read as: <code>{result.explain.text}</code>
        </p>
      )}
      {filters.length > 0 && (
        <div className="chips" aria-label="Search filters">
          {filters.map((f) => (
            <button
              key={f}
              type="button"
              className="chip on"
              onClick={() => removeFilter(f)}
              aria-label={`Remove filter ${f}`}
            >
              {f} ×
            </button>
          ))}
        </div>
      )}
      {result && (
        <div className="search-status" role="status" aria-label="Search summary">
          <span>
            {result.total.toLocaleString()} document{result.total === 1 ? '' : 's'} · {result.ms} ms
            {result.partial ? ` · partial (index ${result.shards.ready}/${result.shards.total} shards)` : ''}
            {busy ? ' · searching…' : ''}
          </span>
          {hits.length > 0 && (
            <button type="button" onClick={() => void openAll()} title="Open the top hits side by side">
              Open top {Math.min(MAX_PANES, hits.length)}
            </button>
          )}
          <button
            type="button"
            onClick={() => {
              const name = window.prompt('Name this search', query.slice(0, 60));
              if (name) void saveSearch(name);
            }}
          >
            Save search
          </button>
        </div>
      )}
      {result && <Facets facets={result.facets} />}
      {!result && !error && <SearchLists />}
      <div className="search-results" ref={scrollRef} role="list" aria-label="Search results">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const h = hits[item.index];
            if (!h) return null;
            return (
              <div
                key={h.id}
                role="listitem"
                data-index={item.index}
                ref={virtualizer.measureElement}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  transform: `translateY(${item.start}px)`,
                }}
              >
                <div
                  className="search-hit"
                  role="button"
                  tabIndex={0}
                  aria-label={`Open ${h.title}`}
                  onClick={() => void openHit(h.id)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') void openHit(h.id);
                  }}
                >
                  <div className="search-hit-title">{h.title}</div>
                  <div className="search-hit-meta">
                    {h.date ?? 'undated'} · {h.outlet} · {h.matches.length} hit
                    {h.matches.length === 1 ? '' : 's'}
                    {h.aliases.length ? ` · as ${h.aliases.join(', ')}` : ''}
                  </div>
                  {h.snippets.map((s, i) => (
                    <Snippet key={i} snippet={s} />
                  ))}
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
