import { ISSUE_STATUSES } from '../../../../shared/model/values';
import { useWorkbench } from '../../store/context';
import { STATUS_LABEL } from './stance';
import { StanceBar, stanceSummary } from './StanceBar';
import { issueTree } from './tree';

/**
 * Issues in columns by status; each card shows its colour, evidence count and stance mix. Sub-issues sit
 * indented under their parent when both share a column, and name their parent when they do not.
 */
export function IssueBoard() {
  const issues = useWorkbench((s) => s.issues);
  const show = useWorkbench((s) => s.showIssues);
  const tree = issueTree(issues);
  return (
    <div className="issue-board" aria-label="Issue board">
      {ISSUE_STATUSES.map((status) => {
        const column = tree.filter((r) => r.issue.status === status);
        const inColumn = new Set(column.map((r) => r.issue.id));
        return (
          <section key={status} className={`issue-column status-${status}`} aria-label={STATUS_LABEL[status]}>
            <h3>
              {STATUS_LABEL[status]} <span className="count">{column.length}</span>
            </h3>
            {column.length === 0 && <p className="hint">No issues</p>}
            {column.map(({ issue, depth, parent }) => {
              const docs = new Set(issue.evidence.map((e) => e.docId)).size;
              const nested = parent !== null && inColumn.has(parent.id);
              return (
                <button
                  key={issue.id}
                  type="button"
                  className={`issue-card${nested ? ' sub-issue' : ''}`}
                  style={{
                    borderLeftColor: issue.colour,
                    ...(nested
                      ? {
                          marginLeft: `${Math.min(depth, 3) * 14}px`,
                          width: `calc(100% - ${Math.min(depth, 3) * 14}px)`,
                        }
                      : {}),
                  }}
                  onClick={() => show({ kind: 'issue', id: issue.id })}
                  aria-label={`${issue.title}${parent ? `, sub-issue of ${parent.title}` : ''}`}
                >
                  {parent && !nested && <span className="parent-note">↳ under {parent.title}</span>}
                  <strong>
                    {nested && <span aria-hidden="true">↳ </span>}
                    {issue.title}
                  </strong>
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
