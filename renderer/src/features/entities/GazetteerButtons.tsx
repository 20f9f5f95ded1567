import { useRef, useState } from 'react';
import { useWorkbench } from '../../store/context';

/** Export the aliases as CSV (download) and import a CSV of name,type,alias rows. */
export function GazetteerButtons() {
  const exportGazetteer = useWorkbench((s) => s.exportEntityGazetteer);
  const importGazetteer = useWorkbench((s) => s.importEntityGazetteer);
  const input = useRef<HTMLInputElement>(null);
  const [note, setNote] = useState<string | null>(null);
  const exportCsv = async () => {
    const { csv, rows } = await exportGazetteer();
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'dossier-gazetteer.csv';
    a.click();
    URL.revokeObjectURL(url);
    setNote(`Exported ${rows} aliases.`);
  };
  const importCsv = async (file: File) => {
    try {
      const { added, skipped } = await importGazetteer(await file.text());
      setNote(
        `Imported ${added} aliases${skipped.length ? `; skipped ${skipped.length} (${skipped[0]})` : ''}.`,
      );
    } catch (e) {
      setNote(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <>
      <button type="button" onClick={() => void exportCsv()}>
        Export CSV
      </button>
      <button type="button" onClick={() => input.current?.click()}>
        Import CSV
      </button>
      <input
        ref={input}
        type="file"
        accept=".csv,text/csv"
        hidden
        aria-label="Gazetteer CSV file"
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) void importCsv(f);
          e.target.value = '';
        }}
      />
      {note && (
        <small className="hint" role="status">
          {note}
        </small>
      )}
    </>
  );
}
