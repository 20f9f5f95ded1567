import { createPortal } from 'react-dom';
import { Dialog } from '../../ui/Dialog';
import { useWorkbench } from '../../store/context';
import { ActorMatrix, Legend } from './ActorMatrix';
import { RemovalBanner } from './DeleteIssue';
import { EvidenceTimeline } from './EvidenceTimeline';
import { IssueBoard } from './IssueBoard';
import { IssuePage } from './IssuePage';
import { CitePassageForm } from './IssueLinkTool';

const TABS = [
  ['board', 'Board'],
  ['matrix', 'Actors × issues'],
  ['timeline', 'Timeline'],
] as const;

/**
 * The large issue views in one dialog: board, matrix, timeline and an issue's page. Portalled to the body
 * so that it opens even while the Issues sidebar tab is hidden (palette commands).
 */
export function IssuesDialog() {
  const view = useWorkbench((s) => s.issuesView);
  const issues = useWorkbench((s) => s.issues);
  const show = useWorkbench((s) => s.showIssues);
  const error = useWorkbench((s) => s.issuesError);
  const issue = view.kind === 'issue' ? issues.find((i) => i.id === view.id) : undefined;
  return createPortal(
    <Dialog
      open={view.kind !== 'none'}
      title="Unresolved issues"
      onClose={() => show({ kind: 'none' })}
      className="issues-dialog"
    >
      <nav className="issues-tabs" aria-label="Issue views">
        {TABS.map(([kind, label]) => (
          <button key={kind} type="button" aria-pressed={view.kind === kind} onClick={() => show({ kind })}>
            {label}
          </button>
        ))}
      </nav>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <RemovalBanner />
      {view.kind === 'board' && <IssueBoard />}
      {view.kind === 'matrix' && <ActorMatrix issues={issues} />}
      {view.kind === 'timeline' && (
        <>
          <Legend />
          <EvidenceTimeline issues={issues} />
        </>
      )}
      {issue && <IssuePage key={issue.id} issue={issue} />}
      {view.kind === 'cite' && (
        <CitePassageForm
          key={`${view.docId}:${view.start}:${view.end}`}
          docId={view.docId}
          start={view.start}
          end={view.end}
          quote={view.quote}
        />
      )}
    </Dialog>,
    document.body,
  );
}
