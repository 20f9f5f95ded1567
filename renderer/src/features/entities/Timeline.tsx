import type { EntityDetail } from '../../../../shared/model/entity';

const W = 420;
const H = 120;

/** Mentions per document date as bars on a day axis (gaps stay visible as gaps). */
export function Timeline({ points }: { points: EntityDetail['timeline'] }) {
  if (points.length === 0) return <p className="hint">No dated documents mention it.</p>;
  const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
  const first = day(points[0]?.date ?? '');
  const last = day(points[points.length - 1]?.date ?? '');
  const span = Math.max(1, last - first);
  const max = Math.max(1, ...points.map((p) => p.mentions));
  const bar = Math.max(3, Math.min(16, (W - 40) / (span + 1) - 1));
  const x = (d: string) => 20 + ((day(d) - first) / span) * (W - 40 - bar);
  return (
    <svg
      className="entity-timeline"
      viewBox={`0 0 ${W} ${H + 22}`}
      role="img"
      aria-label={`Mentions from ${points[0]?.date} to ${points[points.length - 1]?.date}`}
    >
      <line x1={16} x2={W - 16} y1={H} y2={H} className="axis" />
      {points.map((p) => {
        const h = Math.max(2, (p.mentions / max) * (H - 12));
        return (
          <rect key={p.date} x={x(p.date)} y={H - h} width={bar} height={h} rx={2} className="bar">
            <title>{`${p.date}: ${p.mentions} mentions in ${p.documents} documents`}</title>
          </rect>
        );
      })}
      <text x={20} y={H + 16} className="tick">
        {points[0]?.date}
      </text>
      {points.length > 1 && (
        <text x={W - 20} y={H + 16} textAnchor="end" className="tick">
          {points[points.length - 1]?.date}
        </text>
      )}
    </svg>
  );
}
