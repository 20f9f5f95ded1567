import { useEffect, useLayoutEffect, useRef } from 'react';
import { pointAt, rangeToOffsets, type OffsetRange } from '../../dom/selection-offsets';

/**
 * Keeps the analyst's text selection across a re-render of the text. Marks arriving while they read (a
 * highlight made in another window, entity underlines, search hits) re-cut the runs, and the DOM nodes
 * under a selection are replaced: the browser then collapses or shifts it, and the selection toolbar
 * vanishes under the analyst's pointer. The selection is remembered as canonical offsets and put back
 * after such a render; a selection the analyst cleared (no range at all) stays cleared.
 */
export function useKeptSelection(
  root: HTMLElement | null,
  /** What the text is rendered from: the selection is checked after each change of it. */
  doc: unknown,
  decorations: unknown,
): void {
  // The offsets, and the live Range the browser gave for them: a render moves that same Range's
  // boundaries, while a new selection (not yet announced by `selectionchange`) comes as another Range,
  // which is the analyst's and is left alone.
  const kept = useRef<{ offsets: OffsetRange; range: Range } | null>(null);
  useEffect(() => {
    if (!root) return;
    const remember = () => {
      const sel = document.getSelection();
      const range = sel && sel.rangeCount > 0 ? sel.getRangeAt(0) : null;
      const offsets = range ? rangeToOffsets(range, root) : null;
      kept.current = range && offsets ? { offsets, range } : null;
    };
    remember();
    document.addEventListener('selectionchange', remember);
    return () => document.removeEventListener('selectionchange', remember);
  }, [root]);
  useLayoutEffect(() => {
    const want = kept.current;
    const sel = document.getSelection();
    if (!root || !want || !sel || sel.rangeCount === 0 || sel.getRangeAt(0) !== want.range) return;
    const now = rangeToOffsets(want.range, root);
    if (now && now.start === want.offsets.start && now.end === want.offsets.end) return;
    const start = pointAt(root, want.offsets.start, 'forward');
    const end = pointAt(root, want.offsets.end, 'backward');
    if (!start || !end) return;
    sel.setBaseAndExtent(start.node, start.offset, end.node, end.offset);
  }, [root, doc, decorations]);
}
