import type { SkippedFile } from '../../../../shared/model/document';
import { useWorkbench } from '../../store/context';

// A stable empty list: a selector returning a fresh [] would re-render forever.
const NONE: SkippedFile[] = [];

/** "Files not indexed (N)": every skipped file with the reason, so nothing disappears silently. */
export function NotIndexedList() {
  const skipped = useWorkbench((s) => s.report?.files.skipped ?? NONE);
  if (skipped.length === 0) return null;
  return (
    <details className="not-indexed">
      <summary>Files not indexed ({skipped.length})</summary>
      <ul aria-label="Files not indexed">
        {skipped.map((s) => (
          <li key={s.path}>
            <span className="path">{s.path}</span>
            <span className="reason">
              {s.reason}: {s.detail}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
