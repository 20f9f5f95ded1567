import { useMemo } from 'react';
import { useWorkbench } from '../../store/context';
import { NO_CHIPS } from '../../store/slices/library-slice';
import { Popover } from '../../ui';
import { outletLabel } from '../reader/DocHeader';
import { outletCounts } from './library-rows';

/** The filter chips: outlet, date range, has annotations, has copies; plus "clear". */
export function FilterChips() {
  const chips = useWorkbench((s) => s.libraryChips);
  const setChips = useWorkbench((s) => s.setLibraryChips);
  const documents = useWorkbench((s) => s.documents);
  const outlets = useMemo(() => outletCounts(documents), [documents]);
  const any =
    chips.outlet !== null ||
    chips.dateFrom ||
    chips.dateTo ||
    chips.hasAnnotations ||
    chips.hasCopies ||
    chips.encodingFlagged;
  const dateLabel =
    chips.dateFrom || chips.dateTo ? `${chips.dateFrom ?? '…'} – ${chips.dateTo ?? '…'}` : 'Any date';
  return (
    <div className="chips" role="group" aria-label="Filters">
      <Popover
        label="Filter by outlet"
        className={chips.outlet !== null ? 'on' : ''}
        buttonContent={chips.outlet !== null ? outletLabel(chips.outlet) : 'Outlet'}
      >
        {(close) => (
          <ul className="menu-list" aria-label="Outlets">
            <li>
              <button
                type="button"
                className="menu-item"
                onClick={() => {
                  setChips({ outlet: null });
                  close();
                }}
              >
                Any outlet
              </button>
            </li>
            {outlets.slice(0, 200).map((o) => (
              <li key={o.outlet}>
                <button
                  type="button"
                  className="menu-item"
                  aria-pressed={chips.outlet === o.outlet}
                  onClick={() => {
                    setChips({ outlet: o.outlet });
                    close();
                  }}
                >
                  {outletLabel(o.outlet)} <span className="muted">{o.count}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </Popover>
      <Popover
        label="Filter by date"
        className={chips.dateFrom || chips.dateTo ? 'on' : ''}
        buttonContent={dateLabel}
      >
        {() => (
          <div className="date-range">
            <label>
              From
              <input
                type="date"
                value={chips.dateFrom ?? ''}
                onChange={(e) => setChips({ dateFrom: e.target.value || null })}
              />
            </label>
            <label>
              To
              <input
                type="date"
                value={chips.dateTo ?? ''}
                onChange={(e) => setChips({ dateTo: e.target.value || null })}
              />
            </label>
          </div>
        )}
      </Popover>
      <button
        type="button"
        className={chips.hasAnnotations ? 'chip on' : 'chip'}
        aria-pressed={chips.hasAnnotations}
        onClick={() => setChips({ hasAnnotations: !chips.hasAnnotations })}
      >
        Annotated
      </button>
      <button
        type="button"
        className={chips.hasCopies ? 'chip on' : 'chip'}
        aria-pressed={chips.hasCopies}
        onClick={() => setChips({ hasCopies: !chips.hasCopies })}
      >
        Has copies
      </button>
      <button
        type="button"
        className={chips.encodingFlagged ? 'chip on' : 'chip'}
        aria-pressed={chips.encodingFlagged}
        title="Documents whose encoding was a weak guess: check they read correctly"
        onClick={() => setChips({ encodingFlagged: !chips.encodingFlagged })}
      >
        Flagged encoding
      </button>
      {any && (
        <button type="button" className="chip chip-clear" onClick={() => setChips(NO_CHIPS)}>
          Clear filters
        </button>
      )}
    </div>
  );
}
