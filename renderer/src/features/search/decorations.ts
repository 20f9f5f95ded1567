import type { WorkbenchState } from '../../store/create-store';
import type { Decoration } from '../reader/decorations';

const NONE: Decoration[] = [];

/** Reader marks for every hit of the current search in `docId`; the current hit gets its own class. */
export function searchHitDecorations(state: WorkbenchState, docId: string): Decoration[] {
  const hit = state.searchHits.find((h) => h.id === docId);
  if (!hit || hit.matches.length === 0) return NONE;
  const current = state.currentHit?.docId === docId ? state.currentHit.index : -1;
  return hit.matches.map(([start, end], i): Decoration => {
    const d: Decoration = { start, end, kind: 'hit', label: `search hit ${i + 1} of ${hit.matches.length}` };
    if (i === current) d.className = 'mark-hit-current';
    return d;
  });
}

/** Case-insensitive occurrences of `needle` in the document's text (offsets canonical). */
export function findMatches(text: string, base: number, needle: string): [number, number][] {
  if (!needle) return [];
  const hay = text.toLowerCase();
  const n = needle.toLowerCase();
  const out: [number, number][] = [];
  for (let i = hay.indexOf(n); i >= 0 && out.length < 5000; i = hay.indexOf(n, i + n.length))
    out.push([base + i, base + i + n.length]);
  return out;
}

/** Reader marks of find-in-document (the active pane's document only). */
export function findDecorations(state: WorkbenchState, docId: string): Decoration[] {
  if (!state.findOpen || !state.findText) return NONE;
  const pane = state.panes[state.activePane];
  if (!pane?.doc || pane.doc.id !== docId) return NONE;
  const matches = findMatches(pane.doc.text, pane.doc.start, state.findText);
  if (matches.length === 0) return NONE;
  const current = ((state.findIndex % matches.length) + matches.length) % matches.length;
  return matches.map(([start, end], i): Decoration =>
    i === current
      ? { start, end, kind: 'find', className: 'mark-find-current' }
      : { start, end, kind: 'find' },
  );
}
