import type { SearchHit } from '../../../../shared/model/search';
import { useWorkbench } from '../../store/context';
import { isHitChecked } from './search-actions-slice';
import { Snippet } from './Snippet';

/** One result: a checkbox to act on it with others, then title, metadata and marked snippets. */
export function HitRow({ hit }: { hit: SearchHit }) {
  const checked = useWorkbench((s) => isHitChecked(s.hitSelection, hit.id));
  const toggle = useWorkbench((s) => s.toggleHitChecked);
  const openHit = useWorkbench((s) => s.openHit);
  return (
    <div className="search-hit-row">
      <input
        type="checkbox"
        className="search-hit-check"
        aria-label={`Check ${hit.title}`}
        checked={checked}
        onChange={() => toggle(hit.id)}
      />
      <div
        className="search-hit"
        role="button"
        tabIndex={0}
        aria-label={`Open ${hit.title}`}
        onClick={() => void openHit(hit.id)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void openHit(hit.id);
        }}
      >
        <div className="search-hit-title">{hit.title}</div>
        <div className="search-hit-meta">
          {hit.date ?? 'undated'} · {hit.outlet} · {hit.matches.length} hit
          {hit.matches.length === 1 ? '' : 's'}
          {hit.aliases.length ? ` · as ${hit.aliases.join(', ')}` : ''}
        </div>
        {hit.snippets.map((s, i) => (
          <Snippet key={i} snippet={s} />
        ))}
      </div>
    </div>
  );
}
