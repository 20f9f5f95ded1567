import type { LiveEntry } from '../../../../shared/model/document';

function when(entry: LiveEntry): string {
  const d = new Date(entry.timestamp);
  if (Number.isNaN(d.getTime())) return entry.label;
  return d.toLocaleString(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** A live blog's contents: one link per timestamped entry, jumping to the entry in the text. */
export function EntriesNav({
  entries,
  onJump,
}: {
  entries: readonly LiveEntry[];
  onJump(offset: number): void;
}) {
  if (entries.length === 0) return null;
  return (
    <details className="entries-nav">
      <summary>Live-blog entries ({entries.length})</summary>
      <nav aria-label="Live-blog entries">
        <ol>
          {entries.map((e) => (
            <li key={e.start}>
              <button type="button" className="link" onClick={() => onJump(e.start)} title={e.timestamp}>
                <span className="entry-time">{when(e)}</span> <span className="entry-label">{e.label}</span>
              </button>
            </li>
          ))}
        </ol>
      </nav>
    </details>
  );
}
