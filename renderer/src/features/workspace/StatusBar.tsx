import { useEffect } from 'react';
import { useWorkbench } from '../../store/context';
import { IngestProgress } from '../ingest/IngestProgress';

/** The status bar: counts, progress, notices, where annotations are saved. */
export function StatusBar() {
  const workspace = useWorkbench((s) => s.workspace);
  const progress = useWorkbench((s) => s.progress);
  const notice = useWorkbench((s) => s.notice);
  const setNotice = useWorkbench((s) => s.setNotice);
  const panes = useWorkbench((s) => s.panes.length);
  const opening = useWorkbench((s) => s.opening);
  // Progress (opening, re-reading, indexing) is told once, by IngestProgress; the counts wait for it.
  const busy = opening || (progress !== null && progress.phase !== 'done');
  useEffect(() => {
    if (!notice) return;
    const t = setTimeout(() => setNotice(null), 8000);
    return () => clearTimeout(t);
  }, [notice, setNotice]);
  return (
    <footer className="statusbar" aria-label="Status">
      <IngestProgress />
      {busy ? null : workspace ? (
        <span role="status">
          {workspace.documents} documents · {workspace.files.indexed} files · {workspace.files.skipped} not
          indexed{panes > 1 ? ` · ${panes} panes` : ''}
        </span>
      ) : (
        <span role="status">No folder open</span>
      )}
      {notice && (
        <span className="notice" role="alert">
          {notice}
        </span>
      )}
      <span className="spacer" />
      {workspace && (
        <span className="sidecar-note" title={workspace.sidecar.path}>
          {workspace.sidecar.reason ??
            (workspace.sidecar.location === 'folder'
              ? 'Notes saved in the folder'
              : 'Notes saved in app data')}
          {workspace.sidecar.readOnly ? ' (read-only)' : ''}
        </span>
      )}
      <span className="muted">? shortcuts</span>
    </footer>
  );
}
