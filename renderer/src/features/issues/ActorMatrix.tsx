import { useState } from 'react';
import type { EvidenceView, IssueView } from '../../../../shared/model/issue';
import { STANCES } from '../../../../shared/model/values';
import { useWorkbench } from '../../store/context';
import { clip, STANCE_COLOUR } from './stance';

/**
 * Actors (rows) × issues (columns); each cell is a stacked bar of the actor's stances on the issue. A row
 * is an entity when the actor resolves to one ("Zelensky", "Zelenskyy" and "President Volodymyr
 * Zelensky" are one row), else the name as written.
 */
export function ActorMatrix({ issues }: { issues: readonly IssueView[] }) {
  const openPassage = useWorkbench((s) => s.openPassage);
  const [cell, setCell] = useState<{ actor: string; issueId: string } | null>(null);
  const { actors, names } = actorRowsOf(issues);
  if (!actors.length || !issues.length)
    return <p className="hint">Accept suggestions or link evidence with actors to fill the matrix.</p>;
  const cw = 110;
  const ch = 26;
  const left = 170;
  const top = 70;
  const quotes: EvidenceView[] = cell
    ? (issues.find((i) => i.id === cell.issueId)?.evidence.filter((e) => e.actorKey === cell.actor) ?? [])
    : [];
  return (
    <div className="actor-matrix">
      <div>
        <Legend />
        <svg
          viewBox={`0 0 ${left + issues.length * cw + 10} ${top + actors.length * ch + 10}`}
          width={left + issues.length * cw + 10}
          role="grid"
          aria-label="Actor by issue matrix"
        >
          {issues.map((i, c) => (
            <text
              key={i.id}
              x={left + c * cw + cw / 2}
              y={top - 10}
              fontSize={12}
              textAnchor="middle"
              fill="#222"
            >
              {i.title.length > 14 ? `${i.title.slice(0, 13)}…` : i.title}
              <title>{i.title}</title>
            </text>
          ))}
          {actors.map((actor, r) => (
            <g key={actor} role="row">
              <text x={left - 10} y={top + r * ch + ch / 2 + 4} fontSize={12} textAnchor="end" fill="#222">
                {names.get(actor) ?? actor}
              </text>
              {issues.map((issue, c) => {
                const mine = issue.evidence.filter((e) => e.actorKey === actor);
                const x0 = left + c * cw + 4;
                const y0 = top + r * ch + 3;
                const w = cw - 8;
                let x = x0;
                const selected = cell?.actor === actor && cell.issueId === issue.id;
                return (
                  <g
                    key={issue.id}
                    role="gridcell"
                    aria-label={`${names.get(actor) ?? actor} on ${issue.title}: ${mine.length} quotes`}
                    tabIndex={mine.length ? 0 : -1}
                    className={mine.length ? 'matrix-cell filled' : 'matrix-cell'}
                    onClick={() => mine.length && setCell({ actor, issueId: issue.id })}
                    onKeyDown={(e) =>
                      e.key === 'Enter' && mine.length && setCell({ actor, issueId: issue.id })
                    }
                  >
                    <rect
                      x={x0}
                      y={y0}
                      width={w}
                      height={ch - 6}
                      fill="#f4f4f4"
                      stroke={selected ? '#111' : '#e0e0e0'}
                      strokeWidth={selected ? 2 : 1}
                    />
                    {STANCES.map((st) => {
                      const n = mine.filter((e) => e.stance === st).length;
                      if (!n) return null;
                      const seg = (w * n) / mine.length;
                      const rect = (
                        <rect key={st} x={x} y={y0} width={seg} height={ch - 6} fill={STANCE_COLOUR[st]} />
                      );
                      x += seg;
                      return rect;
                    })}
                    {mine.length > 0 && (
                      <text
                        x={x0 + w / 2}
                        y={y0 + ch / 2 + 1}
                        fontSize={11}
                        textAnchor="middle"
                        fill="#fff"
                        fontWeight={600}
                      >
                        {mine.length}
                      </text>
                    )}
                  </g>
                );
              })}
            </g>
          ))}
        </svg>
      </div>
      {cell ? (
        <section className="matrix-quotes" aria-label={`Quotes: ${names.get(cell.actor) ?? cell.actor}`}>
          <h4>
            {names.get(cell.actor) ?? cell.actor} on {issues.find((i) => i.id === cell.issueId)?.title}
          </h4>
          <ul>
            {quotes.map((e) => (
              <li key={e.id} style={{ borderLeftColor: STANCE_COLOUR[e.stance] }}>
                <span className="meta">
                  {e.stance} · {e.actor} · {e.docDate ?? 'undated'} · {e.outlet}
                </span>
                <button
                  type="button"
                  className="quote-link"
                  onClick={() => void openPassage(e.docId, e.start)}
                >
                  “{clip(e.quote, 240)}”
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p className="hint">Choose a cell to read what the actor said on that issue.</p>
      )}
    </div>
  );
}

/** The 30 most quoted actors by row key, and each row's label (entity name, else the commonest spelling). */
function actorRowsOf(issues: readonly IssueView[]): { actors: string[]; names: Map<string, string> } {
  const counts = new Map<string, number>();
  const spellings = new Map<string, Map<string, number>>();
  const names = new Map<string, string>();
  for (const i of issues)
    for (const e of i.evidence) {
      if (!e.actorKey || !e.actor) continue;
      counts.set(e.actorKey, (counts.get(e.actorKey) ?? 0) + 1);
      if (e.entityName) names.set(e.actorKey, e.entityName);
      const s = spellings.get(e.actorKey) ?? new Map<string, number>();
      s.set(e.actor, (s.get(e.actor) ?? 0) + 1);
      spellings.set(e.actorKey, s);
    }
  for (const [key, s] of spellings)
    if (!names.has(key)) names.set(key, [...s.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? key);
  const actors = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 30)
    .map(([a]) => a);
  return { actors, names };
}

/** Colour key of the stances. */
export function Legend() {
  return (
    <div className="matrix-legend" aria-label="Stance colours">
      {STANCES.map((st) => (
        <span key={st} style={{ ['--swatch' as string]: STANCE_COLOUR[st] }}>
          {st}
        </span>
      ))}
    </div>
  );
}
