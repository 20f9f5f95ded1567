import { useEffect } from 'react';
import { useWorkbench } from '../../store/context';

/**
 * Lives in every reader pane: loads the annotations of the pane's document (the decoration source draws
 * them) and, in the first pane only, turns a click on a highlight anywhere in the reader into opening
 * that annotation in the right panel.
 */
export function AnnotationsPaneSlot({ paneIndex }: { paneIndex: number }) {
  const docId = useWorkbench((s) => s.panes[paneIndex]?.docId ?? null);
  // Loaded flag, not just the id: a re-opened folder clears the cache while the pane keeps its document.
  const loaded = useWorkbench((s) => (docId ? s.annotationsByDoc[docId] !== undefined : true));
  const load = useWorkbench((s) => s.loadDocAnnotations);
  const select = useWorkbench((s) => s.selectAnnotation);
  useEffect(() => {
    if (docId && !loaded) void load(docId);
  }, [docId, loaded, load]);
  useEffect(() => {
    if (paneIndex !== 0) return;
    const onClick = (e: MouseEvent) => {
      const target = e.target instanceof Element ? e.target : null;
      // The innermost annotation mark under the pointer wins (overlapping highlights nest).
      const mark = target?.closest<HTMLElement>('mark.mark-annotation[data-ref]');
      if (!mark || !document.getSelection()?.isCollapsed) return;
      const id = mark.dataset.ref;
      if (id) select(id);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [paneIndex, select]);
  return null;
}
