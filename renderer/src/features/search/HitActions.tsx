import { useWorkbench } from '../../store/context';
import { plural } from './hit-actions';
import { checkedCount } from './search-actions-slice';

/**
 * The bar above the results: check every hit (loaded or not), and act on the checked ones — open them
 * side by side, tag every hit passage, or export the annotations on those hits.
 */
export function HitActions() {
  const total = useWorkbench((s) => s.searchResult?.total ?? 0);
  const selection = useWorkbench((s) => s.hitSelection);
  const setAll = useWorkbench((s) => s.setAllHitsChecked);
  const open = useWorkbench((s) => s.openCheckedHits);
  const tag = useWorkbench((s) => s.startTagHits);
  const exportHits = useWorkbench((s) => s.exportCheckedHits);
  const onlyChecked = useWorkbench((s) => s.onlyCheckedHits);
  const setOnlyChecked = useWorkbench((s) => s.setOnlyCheckedHits);
  if (total === 0) return null;
  const n = checkedCount(selection, total);
  const allChecked = n === total;
  return (
    <div className="search-hit-actions" role="toolbar" aria-label="Act on checked hits">
      <label className="search-check-all">
        <input
          type="checkbox"
          aria-label={`Select all ${total} hits`}
          checked={allChecked}
          ref={(el) => {
            if (el) el.indeterminate = n > 0 && !allChecked;
          }}
          onChange={() => setAll(!allChecked)}
        />
        {n > 0 ? `${plural(n, 'document')} checked` : 'Select all'}
      </label>
      {n > 0 && (
        <>
          <button
            type="button"
            aria-pressed={onlyChecked}
            onClick={() => setOnlyChecked(!onlyChecked)}
            title="List only the checked documents"
          >
            Only checked
          </button>
          <button type="button" onClick={() => void open()} title="Open the checked documents side by side">
            Open
          </button>
          <button
            type="button"
            onClick={() => void tag()}
            title="Tag every hit passage in the checked documents"
          >
            Tag hits…
          </button>
          <button
            type="button"
            onClick={() => void exportHits()}
            title="Open Export with the annotations on these hits"
          >
            Export…
          </button>
        </>
      )}
    </div>
  );
}
