import type { Facets as FacetData } from '../../../../shared/model/search';
import { useWorkbench } from '../../store/context';

const quote = (v: string) => (/[\s"]/.test(v) ? `"${v.replace(/"/g, '')}"` : v);
const FACETS: {
  key: keyof FacetData;
  label: string;
  clause: (v: string) => string;
  max: number;
  byKey?: boolean;
}[] = [
  { key: 'outlet', label: 'Outlet', clause: (v) => `outlet:${quote(v)}`, max: 12 },
  { key: 'date', label: 'Date', clause: (v) => `date:${v}`, max: 31, byKey: true },
  { key: 'entity', label: 'Entity', clause: (v) => `entity:${quote(v)}`, max: 12 },
  { key: 'tag', label: 'Tag', clause: (v) => `tag:${quote(v)}`, max: 12 },
  { key: 'issue', label: 'Issue', clause: (v) => `issue:${quote(v)}`, max: 12 },
];

/** Facet counts over all matches; a click adds a filter chip (they stack: refine within results). */
export function Facets({ facets }: { facets: FacetData }) {
  const add = useWorkbench((s) => s.addSearchFilter);
  return (
    <div className="search-facets" aria-label="Facets">
      {FACETS.map((f) => {
        const entries = Object.entries(facets[f.key]).filter(([v]) => f.key !== 'date' || v !== 'undated');
        if (entries.length === 0) return null;
        entries.sort(f.byKey ? (a, b) => (a[0] < b[0] ? -1 : 1) : (a, b) => b[1] - a[1]);
        const max = Math.max(...entries.map(([, n]) => n));
        return (
          <section key={f.key} aria-label={`${f.label} facet`}>
            <h3>{f.label}</h3>
            <div className="search-facet-values">
              {entries.slice(0, f.max).map(([v, n]) => (
                <button
                  key={v}
                  type="button"
                  className="chip"
                  title={`Filter: ${f.clause(v)}`}
                  style={f.byKey ? { opacity: 0.45 + (0.55 * n) / max } : undefined}
                  onClick={() => add(f.clause(v))}
                >
                  {v} <span aria-label={`${n} documents`}>{n}</span>
                </button>
              ))}
            </div>
          </section>
        );
      })}
    </div>
  );
}
