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
  // While a folder opens, the ingest domain's progress (with Cancel) speaks; later re-indexing is ours.
  const busy = progress && progress.phase !== 'done' && !opening;
  useEffect(() => {
    if (!notice) return;
    const t = setTimeout(() => setNotice(null), 8000);
    return () => clearTimeout(t);
  }, [notice, setNotice]);
  return (
    <footer className="statusbar" aria-label="Status">
      <IngestProgress />
      {opening ? null : busy ? (
        <span role="status">
          {progress.phase === 'scan' ? 'Scanning…' : `Reading ${progress.done} / ${progress.total}`}{' '}
          <span className="muted">{progress.current ?? ''}</span>
        </span>
      ) : workspace ? (
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
