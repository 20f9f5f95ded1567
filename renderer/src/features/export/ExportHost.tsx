import { useEffect } from 'react';
import { useWorkbench } from '../../store/context';
import { ExportDialog } from './ExportDialog';

/**
 * Hosts the (portalled) export dialog and answers the desktop menu's Export…, from a place that is
 * always mounted while a folder is shown: the first reader pane's toolbar slot. Sidebar panels mount
 * only when first shown (ADR 053), so the dialog cannot live in the Export tab, or the palette command
 * and the menu would open nothing until that tab had been visited. Other panes render nothing.
 */
export function ExportHost({ paneIndex }: { paneIndex: number }) {
  const openExport = useWorkbench((s) => s.openExport);
  const menu = useWorkbench((s) => s.menuCommand);
  useEffect(() => {
    if (paneIndex === 0 && menu?.command === 'export') openExport();
  }, [menu, openExport, paneIndex]);
  return paneIndex === 0 ? <ExportDialog /> : null;
}
