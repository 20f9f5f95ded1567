import type { IssueView } from '../../../../shared/model/issue';
import { useWorkbench } from '../../store/context';
import { STANCE_COLOUR } from './stance';

const DAY = 86_400_000;

/** Evidence by document date: one lane per issue, one dot per passage coloured by stance. */
export function EvidenceTimeline({ issues, height }: { issues: readonly IssueView[]; height?: number }) {
  const openPassage = useWorkbench((s) => s.openPassage);
  const dated = issues.flatMap((i) =>
    i.evidence.filter((e) => e.docDate).map((e) => ({ issue: i, e, t: Date.parse(e.docDate ?? '') })),
  );
  if (!dated.length) return <p className="hint">No dated evidence yet.</p>;
  const min = Math.min(...dated.map((d) => d.t));
  const max = Math.max(min + DAY, ...dated.map((d) => d.t));
  // Same-day passages stack vertically (a small beeswarm), so a lane needs room for a few rows.
  const laneH = 40;
  const left = 170;
  const width = 900;
  const h = height ?? issues.length * laneH + 34;
  const x = (t: number) => left + ((t - min) / (max - min)) * (width - left - 20);
  const ticks: number[] = [];
  for (let t = min; t <= max; t += Math.max(DAY, Math.ceil((max - min) / DAY / 8) * DAY)) ticks.push(t);
  const lanes = issues.length === 1 ? h - 34 : laneH;
  return (
    <svg
      className="evidence-timeline"
      viewBox={`0 0 ${width} ${h}`}
      role="img"
      aria-label="Evidence timeline"
    >
      {ticks.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={4} y2={h - 22} stroke="#e3e3e3" />
          <text x={x(t)} y={h - 8} fontSize={11} textAnchor="middle" fill="#666">
            {new Date(t).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' })}
          </text>
        </g>
      ))}
      {issues.map((issue, lane) => {
        const y = 8 + lane * lanes + lanes / 2;
        const same = new Map<number, number>();
        return (
          <g key={issue.id}>
            <text x={left - 10} y={y + 4} fontSize={12} textAnchor="end" fill="#222">
              {issue.title.length > 24 ? `${issue.title.slice(0, 23)}…` : issue.title}
            </text>
            <line x1={left} x2={width - 20} y1={y} y2={y} stroke={issue.colour} strokeOpacity={0.35} />
            {dated
              .filter((d) => d.issue.id === issue.id)
              .map(({ e, t }) => {
                const k = same.get(t) ?? 0;
                same.set(t, k + 1);
                return (
                  <circle
                    key={e.id}
                    cx={x(t) + Math.floor(k / 5) * 4}
                    cy={y + (k % 5 === 0 ? 0 : (k % 2 ? -1 : 1) * Math.ceil((k % 5) / 2) * 7)}
                    r={4}
                    fill={STANCE_COLOUR[e.stance]}
                    stroke="#fff"
                    onClick={() => void openPassage(e.docId, e.start)}
                  >
                    <title>{`${e.docDate} · ${e.actor ?? 'unattributed'} · ${e.stance}: ${e.quote.slice(0, 160)}`}</title>
                  </circle>
                );
              })}
          </g>
        );
      })}
    </svg>
  );
}
