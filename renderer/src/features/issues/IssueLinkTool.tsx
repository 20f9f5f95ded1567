import { useState } from 'react';
import { STANCES, type Stance } from '../../../../shared/model/issue';
import type { SelectionToolProps } from '../../app/registry';
import { useWorkbench } from '../../store/context';

const NEW = '__new__';

/**
 * Selection toolbar entry: cite the selected passage as evidence of an issue (existing or new) with a
 * stance and the actor who holds the position.
 */
export function IssueLinkTool({ docId, start, end, done }: SelectionToolProps) {
  const issues = useWorkbench((s) => s.issues);
  const link = useWorkbench((s) => s.linkPassage);
  const create = useWorkbench((s) => s.createIssue);
  const [open, setOpen] = useState(false);
  const [issueId, setIssueId] = useState('');
  const [title, setTitle] = useState('');
  const [stance, setStance] = useState<Stance>('raises');
  const [actor, setActor] = useState('');
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
    if (await link({ issueId: target, docId, start, end, stance, actor: actor.trim() || null })) done();
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
        {issues.map((i) => (
          <option key={i.id} value={i.id}>
            {i.title}
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
      <button type="submit">Cite</button>
    </form>
  );
}
