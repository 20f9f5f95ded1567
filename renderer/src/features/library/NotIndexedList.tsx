import type { SkippedFile } from '../../../../shared/model/document';
import { useWorkbench } from '../../store/context';

// A stable empty list: a selector returning a fresh [] would re-render forever.
const NONE: SkippedFile[] = [];

/** What each skip reason means for the analyst, in words (reasons added later show as their code). */
const REASON: Partial<Record<SkippedFile['reason'], string>> = {
  binary: 'not text',
  empty: 'empty',
  'too-large': 'too large',
  unsupported: 'format not supported',
  unreadable: 'cannot be read',
  'symlink-loop': 'link loop',
  'outside-root': 'links outside the folder',
  'parse-error': 'could not be parsed',
  timeout: 'took too long',
  'zip-bomb': 'suspicious archive',
  changed: 'changed while reading',
  deleted: 'deleted while reading',
  cancelled: 'scan cancelled',
  'name-clash': 'name clash',
};

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
              <strong>{REASON[s.reason] ?? s.reason}</strong> ({s.reason}): {s.detail}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
