import { useWorkbench } from '../../store/context';

/** "Files not indexed (N)": every skipped file with the reason, so nothing disappears silently. */
export function NotIndexedList() {
  const skipped = useWorkbench((s) => s.report?.files.skipped ?? []);
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
