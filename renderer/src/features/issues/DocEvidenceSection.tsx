import { useMemo } from 'react';
import { useWorkbench } from '../../store/context';
import { clip, STANCE_COLOUR } from './stance';

/** Right panel: the issue evidence found in the current document. */
export function DocEvidenceSection({ docId }: { docId: string | null }) {
  const issues = useWorkbench((s) => s.issues);
  const rows = useMemo(
    () => issues.flatMap((i) => i.evidence.filter((e) => e.docId === docId).map((e) => ({ issue: i, e }))),
    [issues, docId],
  );
  const show = useWorkbench((s) => s.showIssues);
  if (!docId || !rows.length) return <p className="hint">No issue evidence in this document.</p>;
  return (
    <ul className="doc-evidence" aria-label="Issue evidence in this document">
      {rows.map(({ issue, e }) => (
        <li key={e.id} style={{ borderLeftColor: STANCE_COLOUR[e.stance] }}>
          <button type="button" onClick={() => show({ kind: 'issue', id: issue.id })}>
            {issue.title}
          </button>
          <small>
            {e.stance}
            {e.actor ? ` · ${e.actor}` : ''}
          </small>
          <q>{clip(e.quote, 140)}</q>
        </li>
      ))}
    </ul>
  );
}
