import { useState, type DragEvent, type FormEvent } from 'react';
import { useWorkbench } from '../../store/context';

/** The empty state: what Dossier is and how to open a folder (dialog on desktop, path in the browser). */
export function OpenFolderPanel() {
  const openFolder = useWorkbench((s) => s.openFolder);
  const pickFolder = useWorkbench((s) => s.pickFolder);
  const error = useWorkbench((s) => s.workspaceError);
  const opening = useWorkbench((s) => s.opening);
  const [path, setPath] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (path.trim()) void openFolder(path.trim());
  };
  const onDrop = (e: DragEvent) => e.preventDefault();
  return (
    <section
      className="empty-state"
      onDragOver={(e) => e.preventDefault()}
      onDrop={onDrop}
      aria-labelledby="welcome-title"
    >
      <h1 id="welcome-title">Open a folder of articles</h1>
      <p>Dossier reads the folder in place: nothing is uploaded and your files are never changed.</p>
      <form onSubmit={submit} className="open-form">
        <label htmlFor="folder-path">Folder path</label>
        <input
          id="folder-path"
          value={path}
          onChange={(e) => setPath(e.target.value)}
          placeholder="/home/you/articles"
          spellCheck={false}
        />
        <button type="submit" disabled={opening || !path.trim()}>
          {opening ? 'Opening…' : 'Open'}
        </button>
        <button type="button" onClick={() => void pickFolder()}>
          Choose…
        </button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
