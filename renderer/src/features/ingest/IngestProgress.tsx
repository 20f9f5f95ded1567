import { useWorkbench } from '../../store/context';
import { Button } from '../../ui';

/**
 * The scan's progress for the status bar: files read of the total, the file at hand, a bar, and Cancel.
 * Renders nothing when no scan runs.
 */
export function IngestProgress() {
  const progress = useWorkbench((s) => s.progress);
  const cancelScan = useWorkbench((s) => s.cancelScan);
  if (!progress || progress.phase === 'done') return null;
  const scanning = progress.phase === 'scan';
  const label = scanning ? 'Looking for files…' : `Reading ${progress.done} of ${progress.total} files`;
  return (
    <span className="ingest-progress" role="status" aria-live="polite">
      <progress
        aria-label="Indexing progress"
        max={scanning ? undefined : Math.max(1, progress.total)}
        value={scanning ? undefined : progress.done}
      />{' '}
      <span>{label}</span>{' '}
      {progress.current && (
        <span className="muted path" title={progress.current}>
          {progress.current}
        </span>
      )}{' '}
      <Button variant="quiet" onClick={() => void cancelScan()}>
        Cancel
      </Button>
    </span>
  );
}
