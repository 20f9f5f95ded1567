import type { Progress } from '../../../../shared/model/workspace';
import { useWorkbench } from '../../store/context';
import { Button } from '../../ui';

/** What the status bar says for each phase of opening or re-indexing a folder. */
export function progressLabel(p: Progress): string {
  if (p.phase === 'scan') return 'Looking for files…';
  if (p.phase === 'index') return `Building the search index: ${p.done} of ${p.total} parts`;
  return `Reading ${p.done} of ${p.total} files`;
}

/**
 * The folder's progress for the status bar, the one place it is shown: what is being done, a bar, the
 * file at hand, and Cancel while files are found and read (the search index builds in the background
 * and answers from the parts already built, so there is nothing to cancel). Renders nothing when idle.
 */
export function IngestProgress() {
  const progress = useWorkbench((s) => s.progress);
  const cancelScan = useWorkbench((s) => s.cancelScan);
  if (!progress || progress.phase === 'done') return null;
  const scanning = progress.phase === 'scan';
  const label = progressLabel(progress);
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
      {progress.phase !== 'index' && (
        <Button variant="quiet" onClick={() => void cancelScan()}>
          Cancel
        </Button>
      )}
    </span>
  );
}
