import { useEffect, useMemo, useState } from 'react';
import type { EntityType } from '../../../../shared/model/entity';
import { useWorkbench } from '../../store/context';
import { TYPE_CLASS, TYPE_LABEL } from './decorations';
import { forceLayout } from './force-layout';

const W = 900;
const H = 560;
const PAD = 60;

/** Circle radius in SVG units: area grows with mentions. */
function radiusOf(mentions: number, max: number): number {
  return 6 + 20 * Math.sqrt(mentions / max);
}

/**
 * The co-occurrence network: entities as circles sized by mentions and coloured by type, lines for shared
 * documents (thicker for more). Hovering a node lights its neighbours; clicking opens its page.
 */
export function NetworkView() {
  const graph = useWorkbench((s) => s.entityGraph);
  const load = useWorkbench((s) => s.loadEntityGraph);
  const show = useWorkbench((s) => s.showEntity);
  const version = useWorkbench((s) => s.entitiesVersion);
  const [type, setType] = useState<EntityType | null>(null);
  const [minWeight, setMinWeight] = useState(1);
  const [hover, setHover] = useState<string | null>(null);
  useEffect(() => {
    void load(type, minWeight);
  }, [load, type, minWeight, version]);
  const placed = useMemo(() => {
    if (!graph) return new Map<string, { x: number; y: number }>();
    const maxM = Math.max(1, ...graph.nodes.map((n) => n.mentions));
    const pos = forceLayout(
      graph.nodes.map((n) => ({
        id: n.id,
        weight: n.mentions,
        radius: (radiusOf(n.mentions, maxM) + 4) / (H - 2 * PAD),
      })),
      graph.edges.map((e) => ({ a: e.a, b: e.b, weight: e.strength })),
    );
    return new Map(pos.map((p) => [p.id, { x: PAD + p.x * (W - 2 * PAD), y: PAD + p.y * (H - 2 * PAD) }]));
  }, [graph]);
  if (!graph) return <p className="hint">Drawing the network…</p>;
  const maxMentions = Math.max(1, ...graph.nodes.map((n) => n.mentions));
  const neighbours = new Set<string>();
  if (hover)
    for (const e of graph.edges)
      if (e.a === hover || e.b === hover) neighbours.add(e.a === hover ? e.b : e.a);
  const radius = (m: number) => radiusOf(m, maxMentions);
  const labelled = new Set(
    [...graph.nodes]
      .sort((a, b) => b.mentions - a.mentions)
      .slice(0, 26)
      .map((n) => n.id),
  );
  return (
    <div className="entity-network">
      <div className="entity-network-controls" role="group" aria-label="Network filters">
        <label>
          Type{' '}
          <select value={type ?? ''} onChange={(e) => setType((e.target.value || null) as EntityType | null)}>
            <option value="">All types</option>
            <option value="person">People</option>
            <option value="organisation">Organisations</option>
            <option value="place">Places</option>
          </select>
        </label>
        <label>
          Shared documents ≥ {minWeight}{' '}
          <input
            type="range"
            min={1}
            max={8}
            value={minWeight}
            onChange={(e) => setMinWeight(Number(e.target.value))}
            aria-label="Minimum shared documents"
          />
        </label>
        <span className="entity-legend" aria-hidden="true">
          {(['person', 'organisation', 'place'] as const).map((t) => (
            <span key={t} className={`legend-dot entity-bg-${TYPE_CLASS[t]}`}>
              {TYPE_LABEL[t]}
            </span>
          ))}
        </span>
      </div>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`Co-occurrence network of ${graph.nodes.length} entities`}
        className="entity-network-svg"
      >
        <g className="edges">
          {graph.edges.map((e) => {
            const a = placed.get(e.a);
            const b = placed.get(e.b);
            if (!a || !b) return null;
            const lit = hover !== null && (e.a === hover || e.b === hover);
            return (
              <line
                key={`${e.a}|${e.b}`}
                x1={a.x}
                y1={a.y}
                x2={b.x}
                y2={b.y}
                className={lit ? 'edge lit' : hover ? 'edge dim' : 'edge'}
                strokeWidth={0.8 + 5 * e.strength * e.strength}
              >
                <title>{`${e.weight} shared documents (association ${Math.round(e.strength * 100)}%)`}</title>
              </line>
            );
          })}
        </g>
        <g className="nodes">
          {graph.nodes.map((n) => {
            const p = placed.get(n.id);
            if (!p) return null;
            const r = radius(n.mentions);
            const dim = hover !== null && hover !== n.id && !neighbours.has(n.id);
            return (
              <g
                key={n.id}
                transform={`translate(${p.x},${p.y})`}
                className={`node entity-node-${TYPE_CLASS[n.type]}${dim ? ' dim' : ''}`}
                role="button"
                tabIndex={0}
                aria-label={`${n.name}, ${TYPE_LABEL[n.type]}, ${n.mentions} mentions`}
                onMouseEnter={() => setHover(n.id)}
                onMouseLeave={() => setHover(null)}
                onFocus={() => setHover(n.id)}
                onBlur={() => setHover(null)}
                onClick={() => void show({ kind: 'entity', id: n.id })}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') void show({ kind: 'entity', id: n.id });
                }}
              >
                <circle r={r} />
                {(labelled.has(n.id) || hover === n.id || neighbours.has(n.id)) && (
                  <text y={r + 13} textAnchor="middle">
                    {n.name}
                  </text>
                )}
              </g>
            );
          })}
        </g>
      </svg>
      <p className="hint">
        {graph.nodes.length} most-mentioned entities · {graph.edges.length} links · a line means the two
        appear in the same documents; hover to follow, click to open.
      </p>
    </div>
  );
}
