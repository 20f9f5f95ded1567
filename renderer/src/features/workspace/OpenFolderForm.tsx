import { useState, type FormEvent } from 'react';
import { useWorkbench } from '../../store/context';
import { Button, ErrorMessage } from '../../ui';

/** Path input (always), native picker (desktop), recent folders: the ways to open a folder. */
export function OpenFolderForm({ autoFocus = false }: { autoFocus?: boolean }) {
  const openFolder = useWorkbench((s) => s.openFolder);
  const pickFolder = useWorkbench((s) => s.pickFolder);
  const error = useWorkbench((s) => s.workspaceError);
  const opening = useWorkbench((s) => s.opening);
  const canPick = useWorkbench((s) => s.appInfo?.canPickFolder ?? false);
  const recent = useWorkbench((s) => s.recentFolders);
  const current = useWorkbench((s) => s.workspace?.root ?? null);
  const [path, setPath] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (path.trim()) void openFolder(path.trim());
  };
  const others = recent.filter((r) => r !== current).slice(0, 8);
  return (
    <div className="open-folder">
      <form onSubmit={submit} className="open-form">
        <label htmlFor="folder-path">Folder path</label>
        <div className="open-row">
          <input
            id="folder-path"
            value={path}
            onChange={(e) => setPath(e.target.value)}
            placeholder="/home/you/articles"
            spellCheck={false}
            autoFocus={autoFocus}
            data-autofocus={autoFocus || undefined}
          />
          <Button type="submit" variant="primary" disabled={opening || !path.trim()}>
            {opening ? 'Opening…' : 'Open'}
          </Button>
          {canPick && (
            <Button onClick={() => void pickFolder()} disabled={opening}>
              Choose…
            </Button>
          )}
        </div>
        <p className="muted small">
          {canPick
            ? 'Type a path, choose a folder, or drop one on the window.'
            : 'In the browser, type the folder’s full path (browsers hide the paths of dropped folders).'}
        </p>
      </form>
      {error && <ErrorMessage>{error}</ErrorMessage>}
      {others.length > 0 && (
        <div className="recent">
          <h2 className="subhead">Recent folders</h2>
          <ul aria-label="Recent folders">
            {others.map((r) => (
              <li key={r}>
                <button
                  type="button"
                  className="link path"
                  disabled={opening}
                  onClick={() => void openFolder(r)}
                >
                  {r}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
