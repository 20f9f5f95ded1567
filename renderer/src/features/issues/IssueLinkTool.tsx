import { useState } from 'react';
import { ISSUE_STATUSES, STANCES, type IssueStatus, type Stance } from '../../../../shared/model/issue';
import type { SelectionToolProps } from '../../app/registry';
import { useWorkbench } from '../../store/context';
import { STATUS_LABEL } from './stance';
import { issueTree } from './tree';

const NEW = '__new__';

/**
 * Selection toolbar entry: cite the selected passage for an issue (existing or new), either as evidence
 * with a stance and the actor who holds the position, or as the citation of a status change.
 */
export function IssueLinkTool({ docId, start, end, done }: SelectionToolProps) {
  const issues = useWorkbench((s) => s.issues);
  const link = useWorkbench((s) => s.linkPassage);
  const create = useWorkbench((s) => s.createIssue);
  const setStatus = useWorkbench((s) => s.setIssueStatus);
  const [open, setOpen] = useState(false);
  const [issueId, setIssueId] = useState('');
  const [title, setTitle] = useState('');
  const [use, setUse] = useState<'evidence' | 'status'>('evidence');
  const [stance, setStance] = useState<Stance>('raises');
  const [actor, setActor] = useState('');
  const [status, setStatusValue] = useState<IssueStatus>('contested');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!open)
    return (
      <button
        type="button"
        onClick={() => {
          setOpen(true);
          setIssueId(issues[0]?.id ?? NEW);
        }}
      >
        Cite for issue
      </button>
    );
  const submit = async () => {
    const target = issueId === NEW ? await create(title.trim()) : issueId;
    if (!target) return;
    if (use === 'status') {
      const refused = await setStatus(target, status, { passage: { docId, start, end } }, note.trim());
      setError(refused);
      if (!refused) done();
    } else if (await link({ issueId: target, docId, start, end, stance, actor: actor.trim() || null }))
      done();
  };
  return (
    <form
      className="issue-link-form"
      aria-label="Cite for issue"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <select aria-label="Issue" value={issueId} onChange={(e) => setIssueId(e.target.value)}>
        {issueTree(issues).map(({ issue, depth }) => (
          <option key={issue.id} value={issue.id}>
            {'— '.repeat(depth)}
            {issue.title}
          </option>
        ))}
        <option value={NEW}>New issue…</option>
      </select>
      {issueId === NEW && (
        <input
          aria-label="New issue title"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          placeholder="Issue title"
          required
        />
      )}
      <select
        aria-label="Cite as"
        value={use}
        onChange={(e) => setUse(e.target.value as 'evidence' | 'status')}
      >
        <option value="evidence">as evidence</option>
        <option value="status">for a status change</option>
      </select>
      {use === 'evidence' ? (
        <>
          <select aria-label="Stance" value={stance} onChange={(e) => setStance(e.target.value as Stance)}>
            {STANCES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
          <input
            aria-label="Actor"
            value={actor}
            onChange={(e) => setActor(e.target.value)}
            placeholder="Actor (who holds this position)"
          />
        </>
      ) : (
        <>
          <select
            aria-label="New status"
            value={status}
            onChange={(e) => setStatusValue(e.target.value as IssueStatus)}
          >
            {ISSUE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABEL[s]}
              </option>
            ))}
          </select>
          <input
            aria-label="Status note"
            value={note}
            onChange={(e) => setNote(e.target.value)}
            placeholder="why the status changed"
          />
        </>
      )}
      <button type="submit">{use === 'status' ? 'Record status' : 'Cite'}</button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  );
}
