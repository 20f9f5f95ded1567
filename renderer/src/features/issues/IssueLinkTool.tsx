import { useEffect, useState } from 'react';
import type { IssueStatus, Stance } from '../../../../shared/model/issue';
import { ISSUE_STATUSES, STANCES } from '../../../../shared/model/values';
import type { SelectionToolProps } from '../../app/registry';
import { useWorkbench } from '../../store/context';
import { clip, STATUS_LABEL } from './stance';
import { issueTree } from './tree';

const NEW = '__new__';

/**
 * Selection toolbar entry "Cite for issue": hands the selected passage to the issues dialog, where it is
 * cited for an issue. (The form does not live in the toolbar: typing in a field there moves the
 * document selection, and the toolbar closes with it.)
 */
export function IssueLinkTool({ docId, start, end, done }: SelectionToolProps) {
  const show = useWorkbench((s) => s.showIssues);
  return (
    <button
      type="button"
      onClick={() => {
        const quote = document.getSelection()?.toString() ?? '';
        done();
        show({ kind: 'cite', docId, start, end, quote });
      }}
    >
      Cite for issue
    </button>
  );
}

/**
 * Cites a passage for an issue (existing or new), either as evidence with a stance and the actor who
 * holds the position, or as the citation of a status change.
 */
export function CitePassageForm({
  docId,
  start,
  end,
  quote,
}: {
  docId: string;
  start: number;
  end: number;
  quote: string;
}) {
  const issues = useWorkbench((s) => s.issues);
  const show = useWorkbench((s) => s.showIssues);
  const source = useWorkbench((s) => s.documents.find((d) => d.id === docId));
  const link = useWorkbench((s) => s.linkPassage);
  const create = useWorkbench((s) => s.createIssue);
  const setStatus = useWorkbench((s) => s.setIssueStatus);
  const [issueId, setIssueId] = useState(issues[0]?.id ?? NEW);
  const [title, setTitle] = useState('');
  const [use, setUse] = useState<'evidence' | 'status'>('evidence');
  const [stance, setStance] = useState<Stance>('raises');
  const [actor, setActor] = useState('');
  const [status, setStatusValue] = useState<IssueStatus>('contested');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const load = useWorkbench((s) => s.loadIssues);
  const first = issues[0]?.id;
  const [chosen, setChosen] = useState(false);
  // Cited before the Issues tab was ever opened: load the tracked issues, then offer the first.
  useEffect(() => {
    if (!first) void load();
  }, [first, load]);
  useEffect(() => {
    if (first && !chosen) setIssueId(first);
  }, [first, chosen]);
  const submit = async () => {
    const target = issueId === NEW ? await create(title.trim()) : issueId;
    if (!target) return;
    if (use === 'status') {
      const refused = await setStatus(target, status, { passage: { docId, start, end } }, note.trim());
      setError(refused);
      if (!refused) show({ kind: 'issue', id: target });
    } else if (await link({ issueId: target, docId, start, end, stance, actor: actor.trim() || null }))
      show({ kind: 'issue', id: target });
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
      <h4>Cite a passage for an issue</h4>
      <blockquote className="cited-quote">
        “{clip(quote, 400)}”<cite>{source?.title ?? docId}</cite>
      </blockquote>
      <label>
        Issue
        <select
          aria-label="Issue"
          value={issueId}
          onChange={(e) => {
            setChosen(true);
            setIssueId(e.target.value);
          }}
        >
          {issueTree(issues).map(({ issue, depth }) => (
            <option key={issue.id} value={issue.id}>
              {'— '.repeat(depth)}
              {issue.title}
            </option>
          ))}
          <option value={NEW}>New issue…</option>
        </select>
      </label>
      {issueId === NEW && (
        <label>
          Title of the new issue
          <input
            aria-label="New issue title"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            placeholder="Issue title"
            required
          />
        </label>
      )}
      <label>
        Cite it
        <select
          aria-label="Cite as"
          value={use}
          onChange={(e) => setUse(e.target.value as 'evidence' | 'status')}
        >
          <option value="evidence">as evidence</option>
          <option value="status">for a status change</option>
        </select>
      </label>
      {use === 'evidence' ? (
        <>
          <label>
            Stance
            <select aria-label="Stance" value={stance} onChange={(e) => setStance(e.target.value as Stance)}>
              {STANCES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
          <label>
            Actor
            <input
              aria-label="Actor"
              value={actor}
              onChange={(e) => setActor(e.target.value)}
              placeholder="who holds this position (linked to an entity by name)"
            />
          </label>
        </>
      ) : (
        <>
          <label>
            New status
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
          </label>
          <label>
            Note
            <input
              aria-label="Status note"
              value={note}
              onChange={(e) => setNote(e.target.value)}
              placeholder="why the status changed"
            />
          </label>
        </>
      )}
      <button type="submit">{use === 'status' ? 'Record status change' : 'Cite as evidence'}</button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  );
}
