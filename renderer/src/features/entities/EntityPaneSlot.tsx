import { useEffect } from 'react';
import { useWorkbench } from '../../store/context';
import { EntityDialog } from './EntityDialog';

/**
 * Lives in every reader pane's toolbar: loads the entity mentions of the pane's document (the decoration
 * source draws them) and, in the first pane only, hosts the entity dialog and turns a click on an entity
 * underline anywhere in the reader into its entity page.
 */
export function EntityPaneSlot({ paneIndex }: { paneIndex: number }) {
  const docId = useWorkbench((s) => s.panes[paneIndex]?.docId ?? null);
  const load = useWorkbench((s) => s.loadDocMentions);
  const show = useWorkbench((s) => s.showEntity);
  useEffect(() => {
    if (docId) void load(docId);
  }, [docId, load]);
  useEffect(() => {
    if (paneIndex !== 0) return;
    const onClick = (e: MouseEvent) => {
      const target = e.target instanceof Element ? e.target : null;
      const mark = target?.closest<HTMLElement>('mark.mark-entity[data-ref]');
      // A click that ends a text selection is for the selection toolbar, not the entity page.
      if (!mark || !document.getSelection()?.isCollapsed) return;
      const id = mark.dataset.ref;
      if (id) void show({ kind: 'entity', id });
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [paneIndex, show]);
  return paneIndex === 0 ? <EntityDialog /> : null;
}
