import { useRef } from 'react';
import { useWorkbench } from '../../store/context';
import { readImportFile } from './download';

/** Chooses a .jsonld or .qdpx file and imports its annotations into the open folder. */
export function ImportButton() {
  const ref = useRef<HTMLInputElement>(null);
  const importAnnotations = useWorkbench((s) => s.importAnnotations);
  const busy = useWorkbench((s) => s.exportBusy);
  return (
    <>
      <button type="button" disabled={busy} onClick={() => ref.current?.click()}>
        Import annotations…
      </button>
      <input
        ref={ref}
        type="file"
        hidden
        aria-label="Annotations file to import"
        accept=".jsonld,.json,.qdpx,application/ld+json,application/zip"
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (!file) return;
          const { format, encoding, content } = await readImportFile(file);
          await importAnnotations(format, encoding, content);
        }}
      />
    </>
  );
}
