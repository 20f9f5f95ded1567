import type { IssueView } from '../../../../shared/model/issue';
import { useWorkbench } from '../../store/context';
import { childrenOf } from './tree';

/** What deleting an issue does, in the words the confirmation shows. */
export function deletionConsequences(issue: IssueView, issues: readonly IssueView[]): string[] {
  const linked = issue.evidence.filter((e) => !e.id.startsWith('ann:')).length;
  const tagged = issue.evidence.length - linked;
  const children = childrenOf(issues, issue.id);
  const parent = issues.find((i) => i.id === issue.parentId);
  const suggested = issue.evidence.filter((e) => e.suggestionKey).length;
  const out = [
    `${plural(linked, 'linked passage')} ${linked === 1 ? 'is' : 'are'} removed from it (the documents are not changed).`,
    `Its status history is deleted with it.`,
  ];
  if (suggested)
    out.push(
      `${plural(suggested, 'passage')} found by the detector go${suggested === 1 ? 'es' : ''} back to the suggestions (reject ${suggested === 1 ? 'it' : 'them'} there to keep ${suggested === 1 ? 'it' : 'them'} out).`,
    );
  if (tagged)
    out.push(
      `${plural(tagged, 'annotation')} tagged with it keep${tagged === 1 ? 's' : ''} the tag but stop${tagged === 1 ? 's' : ''} counting as its evidence.`,
    );
  if (children.length)
    out.push(
      `${plural(children.length, 'sub-issue')} (${children.map((c) => c.title).join(', ')}) move${children.length === 1 ? 's' : ''} up to ${parent ? `“${parent.title}”` : 'the top level'}.`,
    );
  return out;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The confirmation that says what deleting an issue loses, before anything is lost. */
export function DeleteIssue({ issue, onCancel }: { issue: IssueView; onCancel(): void }) {
  const issues = useWorkbench((s) => s.issues);
  const remove = useWorkbench((s) => s.removeIssue);
  return (
    <section role="alertdialog" aria-label={`Delete “${issue.title}”?`} className="delete-confirm">
      <h4>Delete “{issue.title}”?</h4>
      <ul>
        {deletionConsequences(issue, issues).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="hint">You can undo this until Dossier is closed.</p>
      <div className="row">
        <button type="button" className="danger" onClick={() => void remove(issue.id)}>
          Delete issue
        </button>
        <button type="button" onClick={onCancel} data-autofocus>
          Keep it
        </button>
      </div>
    </section>
  );
}

/** After a deletion: what happened, and the way back. */
export function RemovalBanner() {
  const removal = useWorkbench((s) => s.issueRemoval);
  const restore = useWorkbench((s) => s.restoreIssue);
  const dismiss = useWorkbench((s) => s.dismissIssueRemoval);
  if (!removal) return null;
  return (
    <p role="status" className="removal-banner">
      Deleted “{removal.title}” with {plural(removal.evidence, 'linked passage')}
      {removal.children ? `; ${plural(removal.children, 'sub-issue')} moved up` : ''}.{' '}
      <button type="button" onClick={() => void restore(removal.id)}>
        Undo delete
      </button>{' '}
      <button type="button" className="link-btn" onClick={dismiss} aria-label="Dismiss">
        ✕
      </button>
    </p>
  );
}
