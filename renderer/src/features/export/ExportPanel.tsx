import { useWorkbench } from '../../store/context';

/**
 * The Export sidebar tab: what export does and the button that opens the dialog. The dialog itself is
 * hosted by ExportHost (always mounted), so the palette and the menu can open it from anywhere.
 */
export function ExportPanel() {
  const openExport = useWorkbench((s) => s.openExport);
  const hasFolder = useWorkbench((s) => s.workspace !== null);
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
    </div>
  );
}
