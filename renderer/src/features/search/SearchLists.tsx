import { useWorkbench } from '../../store/context';

/** Recent and saved searches, shown while the box is empty. */
export function SearchLists() {
  const history = useWorkbench((s) => s.searchHistory);
  const saved = useWorkbench((s) => s.savedSearches);
  const setQuery = useWorkbench((s) => s.setSearchQuery);
  const apply = useWorkbench((s) => s.applySavedSearch);
  const remove = useWorkbench((s) => s.deleteSavedSearch);
  if (history.length === 0 && saved.length === 0)
    return (
      <p className="search-explain">
        Type to search every document; press ? beside the box for the query language.
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
                  onClick={() => apply(s)}
                  title={[s.query, ...s.filters].join(' ')}
                >
                  {s.name}
                </button>{' '}
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
          <h3>Recent</h3>
          <ul>
            {history.slice(0, 10).map((q) => (
              <li key={q}>
                <button type="button" className="link" onClick={() => setQuery(q)}>
                  {q}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
