import { useEffect } from 'react';
import { useWorkbench } from '../../store/context';
import { ExportDialog } from './ExportDialog';

/**
 * The Export sidebar tab: what export does and the buttons that open the dialog. It also hosts the
 * (portalled) dialog, so the palette command and the desktop menu's Export… can open it from anywhere.
 */
export function ExportPanel() {
  const openExport = useWorkbench((s) => s.openExport);
  const menu = useWorkbench((s) => s.menuCommand);
  const hasFolder = useWorkbench((s) => s.workspace !== null);
  useEffect(() => {
    if (menu?.command === 'export') openExport();
  }, [menu, openExport]);
  return (
    <div className="export-panel">
      <p>
        Export your highlights and notes with full citations — title, outlet, date, file, offsets and a link
        back to the passage — as a Markdown brief, CSV, HTML report, Word document, W3C Web Annotations or a
        REFI-QDA project for NVivo, ATLAS.ti, MAXQDA and QualCoder.
      </p>
      <button type="button" className="primary" disabled={!hasFolder} onClick={() => openExport()}>
        Export…
      </button>
      <ExportDialog />
    </div>
  );
}
