import { ISSUE_STATUSES } from '../../../../shared/model/issue';
import { useWorkbench } from '../../store/context';
import { STATUS_LABEL } from './stance';
import { StanceBar, stanceSummary } from './StanceBar';

/** Issues in columns by status; each card shows its colour, evidence count and stance mix. */
export function IssueBoard() {
  const issues = useWorkbench((s) => s.issues);
  const show = useWorkbench((s) => s.showIssues);
  return (
    <div className="issue-board" aria-label="Issue board">
      {ISSUE_STATUSES.map((status) => {
        const column = issues.filter((i) => i.status === status);
        return (
          <section key={status} className={`issue-column status-${status}`} aria-label={STATUS_LABEL[status]}>
            <h3>
              {STATUS_LABEL[status]} <span className="count">{column.length}</span>
            </h3>
            {column.length === 0 && <p className="hint">No issues</p>}
            {column.map((issue) => {
              const docs = new Set(issue.evidence.map((e) => e.docId)).size;
              return (
                <button
                  key={issue.id}
                  type="button"
                  className="issue-card"
                  style={{ borderLeftColor: issue.colour }}
                  onClick={() => show({ kind: 'issue', id: issue.id })}
                >
                  <strong>{issue.title}</strong>
                  <span className="meta">
                    {issue.evidence.length} evidence · {docs} docs
                  </span>
                  <StanceBar
                    stances={issue.evidence.map((e) => e.stance)}
                    label={`Stances: ${stanceSummary(issue.evidence.map((e) => e.stance))}`}
                  />
                </button>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}
