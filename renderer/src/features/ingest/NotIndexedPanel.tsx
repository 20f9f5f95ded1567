import type { SkipReason } from '../../../../shared/model/document';
import { useWorkbench } from '../../store/context';
import { EmptyState } from '../../ui';

/** What each skip reason means, in words an analyst can act on. */
export const SKIP_REASON_LABEL: Record<SkipReason, string> = {
  binary: 'not text',
  empty: 'empty',
  'too-large': 'too large',
  unsupported: 'unsupported type',
  unreadable: 'cannot be read',
  'symlink-loop': 'link loop',
  'outside-root': 'link leaves the folder',
  'parse-error': 'could not be parsed',
  timeout: 'took too long',
  'zip-bomb': 'refused (zip bomb)',
  changed: 'kept changing',
  cancelled: 'scan cancelled',
  'name-clash': 'name clash (NFC/NFD)',
};

/** "Files not indexed (N)": every file the scan left out, with the reason and what it means. */
export function NotIndexedPanel() {
  const report = useWorkbench((s) => s.report);
  const skipped = report?.files.skipped;
  if (!skipped)
    return <EmptyState title="No folder open">Open a folder to see which files were not indexed.</EmptyState>;
  if (skipped.length === 0)
    return <EmptyState title="Every file was indexed">Nothing was left out.</EmptyState>;
  return (
    <section aria-label={`Files not indexed (${skipped.length})`}>
      <h3>Files not indexed ({skipped.length})</h3>
      <ul className="not-indexed">
        {skipped.map((s) => (
          <li key={`${s.path}:${s.reason}`}>
            <span className="path">{s.path}</span> — <strong>{SKIP_REASON_LABEL[s.reason]}</strong>
            <div className="muted">{s.detail}</div>
          </li>
        ))}
      </ul>
    </section>
  );
}
