import { useEffect, useMemo } from 'react';
import type { DocMention, EntityType } from '../../../../shared/model/entity';
import { useWorkbench } from '../../store/context';
import { TYPE_CLASS, TYPE_LABEL } from './decorations';

const NONE: DocMention[] = [];

/** Right panel: the entities of the active document, by type, with their mention counts. */
export function EntityDocSection({ docId }: { docId: string | null }) {
  const mentions = useWorkbench((s) => (docId ? (s.entityMentions[docId] ?? NONE) : NONE));
  const load = useWorkbench((s) => s.loadDocMentions);
  const show = useWorkbench((s) => s.showEntity);
  useEffect(() => {
    if (docId) void load(docId);
  }, [docId, load]);
  const groups = useMemo(() => {
    const by = new Map<string, { id: string; name: string; type: EntityType; count: number }>();
    for (const m of mentions) {
      const row = by.get(m.entityId) ?? { id: m.entityId, name: m.name, type: m.type, count: 0 };
      row.count++;
      by.set(m.entityId, row);
    }
    const rows = [...by.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    return (['person', 'organisation', 'place'] as const).map((t) => ({
      type: t,
      rows: rows.filter((r) => r.type === t),
    }));
  }, [mentions]);
  if (!docId) return <p className="hint">Open a document to see who and what it mentions.</p>;
  if (mentions.length === 0)
    return <p className="hint">No people, organisations or places found in this document.</p>;
  return (
    <div className="entity-doc-section">
      {groups.map(
        (g) =>
          g.rows.length > 0 && (
            <div key={g.type}>
              <h4>{TYPE_LABEL[g.type]}</h4>
              <ul aria-label={`${TYPE_LABEL[g.type]} in this document`}>
                {g.rows.map((r) => (
                  <li key={r.id}>
                    <button
                      type="button"
                      className={`chip entity-chip-${TYPE_CLASS[r.type]}`}
                      onClick={() => void show({ kind: 'entity', id: r.id })}
                    >
                      {r.name} <small>{r.count}</small>
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ),
      )}
    </div>
  );
}
