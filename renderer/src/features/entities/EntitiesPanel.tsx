import './entities.css';
import { useEffect, useMemo, useReducer, useState } from 'react';
import type { EntityType } from '../../../../shared/model/entity';
import { useWorkbench } from '../../store/context';
import type { EntitySort } from '../../store/slices/entities-slice';
import { TYPE_CLASS, TYPE_LABEL } from './decorations';
import { ENTITY_PAGE, entityRows, entityTypeCounts, maxMentions, sortEntitiesInSlices } from './entity-rows';
import { GazetteerButtons } from './GazetteerButtons';
import { SuggestionRow } from './SuggestionRow';
import { SearchField } from '../../ui/SearchField';

const TYPES: Array<EntityType | null> = [null, 'person', 'organisation', 'place'];

/** Sidebar: every entity with counts (sortable, filterable by type), then the merge suggestions. */
export function EntitiesPanel() {
  const list = useWorkbench((s) => s.entityList);
  const suggestions = useWorkbench((s) => s.entitySuggestions);
  const loading = useWorkbench((s) => s.entitiesLoading);
  const loaded = useWorkbench((s) => s.entitiesLoaded);
  const error = useWorkbench((s) => s.entitiesError);
  const type = useWorkbench((s) => s.entityTypeFilter);
  const sort = useWorkbench((s) => s.entitySort);
  const query = useWorkbench((s) => s.entityQuery);
  const load = useWorkbench((s) => s.loadEntities);
  const setFilter = useWorkbench((s) => s.setEntityFilter);
  const show = useWorkbench((s) => s.showEntity);
  const undo = useWorkbench((s) => s.undoEntityDecision);
  const root = useWorkbench((s) => s.workspace?.root ?? null);
  useEffect(() => {
    if (root && !loaded) void load();
  }, [load, root, loaded]);
  // Bumped when a large list finished sorting in the background, so the rows are taken again.
  const [sortedTick, sorted] = useReducer((n: number) => n + 1, 0);
  const { rows, sorting } = useMemo(
    () => entityRows(list, type, query, sort),
    // sortedTick: the order is cached outside React; a finished sort makes the same inputs give new rows.
    [list, type, sort, query, sortedTick],
  );
  useEffect(() => {
    if (!sorting) return;
    let live = true;
    void sortEntitiesInSlices(list, sort).then(() => live && sorted());
    return () => {
      live = false;
    };
  }, [sorting, list, sort]);
  const counts = useMemo(() => entityTypeCounts(list), [list]);
  const max = useMemo(() => maxMentions(rows), [rows]);
  // Only a page of rows is rendered (see ENTITY_PAGE); a new filter or order starts at one page again.
  const [limit, setLimit] = useState(ENTITY_PAGE);
  useEffect(() => setLimit(ENTITY_PAGE), [list, type, sort, query]);
  const shown = rows.length > limit ? rows.slice(0, limit) : rows;
  // Suggestions are paged the same way: a large folder can have thousands.
  const [suggestionLimit, setSuggestionLimit] = useState(ENTITY_PAGE);
  return (
    <div className="entities-panel">
      <div className="entities-toolbar">
        <SearchField
          label="Filter entities"
          placeholder="Filter names…"
          value={query}
          onValueChange={(q) => setFilter({ query: q })}
        />
        <select
          aria-label="Sort entities"
          value={sort}
          onChange={(e) => setFilter({ sort: e.target.value as EntitySort })}
        >
          <option value="mentions">Most mentioned</option>
          <option value="documents">Most documents</option>
          <option value="name">Name A–Z</option>
        </select>
      </div>
      <div className="entity-type-chips" role="group" aria-label="Entity type">
        {TYPES.map((t) => (
          <button
            key={t ?? 'all'}
            type="button"
            aria-pressed={type === t}
            className={`chip${t ? ` entity-chip-${TYPE_CLASS[t]}` : ''}`}
            onClick={() => setFilter({ type: t })}
          >
            {t ? TYPE_LABEL[t] : 'All'} <small>{counts[t ?? 'all'] ?? 0}</small>
          </button>
        ))}
      </div>
      <div className="entities-actions">
        <button type="button" onClick={() => void show({ kind: 'network' })}>
          Network
        </button>
        <button type="button" onClick={() => void undo()}>
          Undo
        </button>
        <GazetteerButtons />
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {suggestions.length > 0 && (
        <details className="entity-suggestions-box" open>
          <summary>
            Suggested merges <small>{suggestions.length}</small>
          </summary>
          <ul className="entity-suggestions" aria-label="Suggested merges">
            {suggestions.slice(0, suggestionLimit).map((s) => (
              <SuggestionRow key={s.id} suggestion={s} />
            ))}
          </ul>
          {suggestionLimit < suggestions.length && (
            <button type="button" className="link" onClick={() => setSuggestionLimit((n) => n + ENTITY_PAGE)}>
              Show more suggestions (showing {suggestionLimit} of {suggestions.length})
            </button>
          )}
        </details>
      )}
      {loading && !loaded && <p className="hint">Finding people, organisations and places…</p>}
      {loaded && rows.length === 0 && <p className="hint">No entities match.</p>}
      {sorting && <p className="hint">Sorting {list.length} entities…</p>}
      <ul className="entity-list" aria-label="Entities">
        {shown.map((e) => (
          <li key={e.id}>
            <button
              type="button"
              className="entity-row"
              onClick={() => void show({ kind: 'entity', id: e.id })}
            >
              <span className={`dot entity-bg-${TYPE_CLASS[e.type]}`} aria-hidden="true" />
              <span className="entity-name">{e.name}</span>
              <span className="entity-count" title={`${e.mentions} mentions in ${e.documents} documents`}>
                <span
                  className="count-bar"
                  style={{ width: `${(100 * e.mentions) / max}%` }}
                  aria-hidden="true"
                />
                {e.mentions}
              </span>
              {e.aliases.length > 1 && (
                <small className="entity-aliases-hint">{e.aliases.length} names</small>
              )}
            </button>
          </li>
        ))}
      </ul>
      {shown.length < rows.length && (
        <button type="button" className="link" onClick={() => setLimit((n) => n + ENTITY_PAGE)}>
          Show {Math.min(ENTITY_PAGE, rows.length - shown.length)} more (showing {shown.length} of{' '}
          {rows.length})
        </button>
      )}
    </div>
  );
}
