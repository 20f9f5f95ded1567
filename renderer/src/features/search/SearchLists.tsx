import { useEffect } from 'react';
import { useWorkbench } from '../../store/context';

/** Recent queries listed (the box's ↑/↓ walk the whole history). */
const RECENT_SHOWN = 15;

/** Saved searches (run, rename, delete) and this folder's recent queries, shown while the box is empty. */
export function SearchLists() {
  const history = useWorkbench((s) => s.searchHistory);
  const saved = useWorkbench((s) => s.savedSearches);
  const setQuery = useWorkbench((s) => s.setSearchQuery);
  const run = useWorkbench((s) => s.runSavedSearch);
  const remove = useWorkbench((s) => s.deleteSavedSearch);
  const setSaveDialog = useWorkbench((s) => s.setSaveDialog);
  const clear = useWorkbench((s) => s.clearSearchHistory);
  const load = useWorkbench((s) => s.loadSearchLists);
  // Shown again when the box is emptied: a query submitted just before may have been recorded after
  // the panel last asked (its reply is dropped once the box changes), so ask again.
  useEffect(() => {
    void load();
  }, [load]);
  if (history.length === 0 && saved.length === 0)
    return (
      <p className="search-explain">
        Type to search every document; press ? beside the box for the query language. Queries you run with
        Enter are kept in Recent (↑ in the box brings them back); Save search… keeps one by name.
      </p>
    );
  return (
    <div className="search-lists">
      {saved.length > 0 && (
        <section aria-label="Saved searches">
          <h3>Saved</h3>
          <ul>
            {saved.map((s) => (
              <li key={s.name}>
                <button
                  type="button"
                  className="link"
                  aria-label={`Run saved search ${s.name}`}
                  onClick={() => run(s.name)}
                  title={[s.query, ...s.filters].join(' ')}
                >
                  {s.name}
                </button>
                <span className="search-list-query">{[s.query, ...s.filters].join(' ')}</span>
                <button
                  type="button"
                  className="link"
                  aria-label={`Rename saved search ${s.name}`}
                  onClick={() => setSaveDialog({ mode: 'rename', name: s.name })}
                >
                  Rename
                </button>
                <button
                  type="button"
                  className="link"
                  aria-label={`Delete saved search ${s.name}`}
                  onClick={() => void remove(s.name)}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {history.length > 0 && (
        <section aria-label="Recent searches">
          <h3>
            Recent
            <button
              type="button"
              className="link search-clear-history"
              onClick={() => void clear()}
              title="Forget every recent query of this folder"
            >
              Clear history
            </button>
          </h3>
          <ul>
            {history.slice(0, RECENT_SHOWN).map((q) => (
              <li key={q}>
                <button type="button" className="link" onClick={() => setQuery(q)}>
                  {q}
                </button>
                <button
                  type="button"
                  className="link"
                  aria-label={`Forget recent search ${q}`}
                  onClick={() => void clear(q)}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
