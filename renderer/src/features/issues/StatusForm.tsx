import { useEffect, useState } from 'react';
import type { Annotation } from '../../../../shared/model/annotation';
import type { IssueStatus, IssueView } from '../../../../shared/model/issue';
import { ISSUE_STATUSES } from '../../../../shared/model/values';
import { useWorkbench } from '../../store/context';
import { clip, STATUS_LABEL } from './stance';

/**
 * Changes an issue's status, citing one of its own passages or any annotation of the folder. (A passage
 * read in the reader is cited from the selection toolbar: "Cite for issue" → "for a status change".)
 */
export function StatusForm({ issue }: { issue: IssueView }) {
  const setStatus = useWorkbench((s) => s.setIssueStatus);
  const loadAnnotations = useWorkbench((s) => s.citableAnnotations);
  const [status, setValue] = useState<IssueStatus>(issue.status === 'open' ? 'contested' : issue.status);
  const [cite, setCite] = useState(issue.evidence[0] ? `ev:${issue.evidence[0].id}` : '');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [annotations, setAnnotations] = useState<Annotation[]>([]);
  const documents = useWorkbench((s) => s.documents);
  const titleOf = (docId: string) => documents.find((d) => d.id === docId)?.title ?? docId;
  useEffect(() => {
    let live = true;
    void loadAnnotations().then((a) => {
      if (!live) return;
      setAnnotations(a);
      setCite((c) => c || (a[0] ? `ann:${a[0].id}` : ''));
    });
    return () => {
      live = false;
    };
  }, [loadAnnotations]);
  // Annotations that already are this issue's evidence are listed once, with the evidence.
  const own = new Set(issue.evidence.map((e) => e.annotationId).filter(Boolean));
  const others = annotations.filter((a) => !own.has(a.id));
  const submit = async () => {
    const [kind, id] = [cite.slice(0, cite.indexOf(':')), cite.slice(cite.indexOf(':') + 1)];
    const evidence = kind === 'ev' ? issue.evidence.find((e) => e.id === id) : undefined;
    const cites = kind === 'ev' ? { evidenceId: id } : { annotationId: id };
    const refused = await setStatus(issue.id, status, cites, note, evidence?.docDate?.slice(0, 10));
    setError(refused);
    if (!refused) setNote('');
  };
  return (
    <form
      className="status-form"
      aria-label="Change status"
      onSubmit={(e) => {
        e.preventDefault();
        if (cite) void submit();
      }}
    >
      <h4>Change status</h4>
      <label>
        New status
        <select value={status} onChange={(e) => setValue(e.target.value as IssueStatus)}>
          {ISSUE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Cited passage
        <select value={cite} onChange={(e) => setCite(e.target.value)}>
          {!cite && <option value="">No passage to cite yet</option>}
          {issue.evidence.length > 0 && (
            <optgroup label="Evidence of this issue">
              {issue.evidence.map((e) => (
                <option key={e.id} value={`ev:${e.id}`}>
                  {e.docDate ?? 'undated'} · {clip(e.quote, 70)}
                </option>
              ))}
            </optgroup>
          )}
          {others.length > 0 && (
            <optgroup label="Any annotation">
              {others.map((a) => (
                <option key={a.id} value={`ann:${a.id}`}>
                  {clip(a.quote.exact, 60)} · {clip(titleOf(a.docId), 40)}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </label>
      <p className="hint">To cite other text, select it in the reader and choose “Cite for issue”.</p>
      <label>
        Note
        <input value={note} onChange={(e) => setNote(e.target.value)} placeholder="why the status changed" />
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit" disabled={!cite}>
        Record status change
      </button>
    </form>
  );
}
