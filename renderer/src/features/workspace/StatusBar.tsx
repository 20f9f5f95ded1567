import { useWorkbench } from '../../store/context';

/** The status bar: counts, what was skipped, progress, where annotations are saved. */
export function StatusBar() {
  const workspace = useWorkbench((s) => s.workspace);
  const progress = useWorkbench((s) => s.progress);
  const busy = progress && progress.phase !== 'done';
  return (
    <footer className="statusbar" aria-label="Status">
      {busy ? (
        <span role="status">
          {progress.phase === 'scan' ? 'Scanning…' : `Reading ${progress.done} / ${progress.total}`}{' '}
          {progress.current ?? ''}
        </span>
      ) : workspace ? (
        <span role="status">
          {workspace.documents} documents · {workspace.files.indexed} files · {workspace.files.skipped} not
          indexed
        </span>
      ) : (
        <span role="status">Ready</span>
      )}
      <span className="spacer" />
      {workspace?.sidecar.reason && <span className="sidecar-note">{workspace.sidecar.reason}</span>}
    </footer>
  );
}
