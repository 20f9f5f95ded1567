import type { Annotation } from '../../../../shared/model/annotation';
import type { Decoration } from '../reader/decorations';
import type { WorkbenchState } from '../../store/create-store';

const NONE: Decoration[] = [];
const cache = new WeakMap<Annotation[], { selected: string | null; out: Decoration[] }>();

function label(a: Annotation): string {
  const parts = [`Annotation (${a.color})`];
  if (a.tags.length) parts.push(`tags: ${a.tags.join(', ')}`);
  if (a.note) parts.push(a.note.slice(0, 120));
  if (a.state === 'fuzzy') parts.push(`fuzzy match ${Math.round((a.score ?? 0) * 100)}%`);
  return parts.join(' — ');
}

/** Highlights of a document in their colours (placed annotations only; orphans have no place). */
export function annotationDecorations(state: WorkbenchState, docId: string): Decoration[] {
  const list = state.annotationsByDoc[docId];
  if (!list || list.length === 0) return NONE;
  const hit = cache.get(list);
  if (hit && hit.selected === state.selectedAnnotation) return hit.out;
  const out: Decoration[] = [];
  for (const a of list) {
    if (!a.current) continue;
    const classes = [`annotation-${a.color}`];
    if (a.state === 'fuzzy') classes.push('annotation-fuzzy');
    if (a.id === state.selectedAnnotation) classes.push('annotation-selected');
    out.push({
      start: a.current.start,
      end: a.current.end,
      kind: 'annotation',
      className: classes.join(' '),
      refId: a.id,
      label: label(a),
    });
  }
  cache.set(list, { selected: state.selectedAnnotation, out });
  return out;
}
