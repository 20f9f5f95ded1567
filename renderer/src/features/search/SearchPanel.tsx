import './search.css';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import { useWorkbench } from '../../store/context';
import { Facets } from './Facets';
import { HitActions } from './HitActions';
import { HitRow } from './HitRow';
import { QueryHelp } from './QueryHelp';
import { SaveSearchDialog } from './SaveSearchDialog';
import { isHitChecked } from './search-actions-slice';
import { SearchLists } from './SearchLists';
import { TagHitsDialog } from './TagHitsDialog';
import { SearchField } from '../../ui/SearchField';

/**
 * The Search sidebar panel: query box (↑/↓ browse history), explain, chips, facets, saved and recent
 * searches, and the virtualised results with snippets, each checkable to act on many at once.
 */
export function SearchPanel() {
  const query = useWorkbench((s) => s.searchQuery);
  const filters = useWorkbench((s) => s.searchFilters);
  const result = useWorkbench((s) => s.searchResult);
  const allHits = useWorkbench((s) => s.searchHits);
  const selection = useWorkbench((s) => s.hitSelection);
  const onlyChecked = useWorkbench((s) => s.onlyCheckedHits);
  const error = useWorkbench((s) => s.searchError);
  const busy = useWorkbench((s) => s.searchBusy);
  const setQuery = useWorkbench((s) => s.setSearchQuery);
  const submit = useWorkbench((s) => s.submitSearch);
  const removeFilter = useWorkbench((s) => s.removeSearchFilter);
  const stepHit = useWorkbench((s) => s.stepHit);
  const loadMore = useWorkbench((s) => s.loadMoreHits);
  const loadLists = useWorkbench((s) => s.loadSearchLists);
  const historyStep = useWorkbench((s) => s.historyStep);
  const resetHistory = useWorkbench((s) => s.resetHistoryCursor);
  const setSaveDialog = useWorkbench((s) => s.setSaveDialog);
  const workspace = useWorkbench((s) => s.workspace);
  const scrollRef = useRef<HTMLDivElement>(null);
  const hits = useMemo(
    () => (onlyChecked ? allHits.filter((h) => isHitChecked(selection, h.id)) : allHits),
    [allHits, onlyChecked, selection],
  );

  useEffect(() => {
    if (workspace) void loadLists();
  }, [workspace, loadLists]);

  const virtualizer = useVirtualizer({
    count: hits.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 96,
    // Measurements follow the hit, not its position: "Only checked" re-numbers the rows.
    getItemKey: (i) => hits[i]?.id ?? i,
    overscan: 6,
  });
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [onlyChecked]);
  const items = virtualizer.getVirtualItems();
  const last = items[items.length - 1];
  useEffect(() => {
    // An explicit subset is all loaded already (only loaded rows can be checked); "all" may not be.
    const more = allHits.length < (result?.total ?? 0) && (!onlyChecked || selection.all);
    if (last && more && last.index >= hits.length - 10) void loadMore();
  }, [last, hits.length, allHits.length, result, loadMore, onlyChecked, selection.all]);

  return (
    <div className="search-panel">
      <div className="search-box-row">
        <SearchField
          label="Search the corpus"
          placeholder='Search: words, "phrases", title:, date:…'
          value={query}
          onValueChange={(q) => {
            resetHistory();
            setQuery(q);
          }}
          onKeyDown={(e) => {
            // Like a shell: ↑ walks back through this folder's history, ↓ forward to what was typed.
            if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
              e.preventDefault();
              historyStep(e.key === 'ArrowUp' ? 1 : -1);
            } else if (e.key === 'Enter') {
              resetHistory();
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
          <button type="button" onClick={() => setSaveDialog({ mode: 'save' })}>
            Save search…
          </button>
        </div>
      )}
      {result && <Facets facets={result.facets} />}
      {result && <HitActions />}
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
                <HitRow hit={h} />
              </div>
            );
          })}
        </div>
      </div>
      <SaveSearchDialog />
      <TagHitsDialog />
    </div>
  );
}
