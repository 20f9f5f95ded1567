import './issues.css';
import { useEffect } from 'react';
import type { Suggestion } from '../../../../shared/model/issue';
import { useWorkbench } from '../../store/context';
import { IssuesDialog } from './IssuesDialog';
import { clip, STATUS_LABEL } from './stance';

/** Sidebar: tracked issues, then suggestions from the text with Accept / Reject. */
export function IssuesPanel() {
  const issues = useWorkbench((s) => s.issues);
  const suggestions = useWorkbench((s) => s.suggestions);
  const loading = useWorkbench((s) => s.issuesLoading);
  const load = useWorkbench((s) => s.loadIssues);
  const show = useWorkbench((s) => s.showIssues);
  const accept = useWorkbench((s) => s.acceptSuggestion);
  const reject = useWorkbench((s) => s.rejectSuggestion);
  const root = useWorkbench((s) => s.workspace?.root ?? null);
  useEffect(() => {
    if (root) void load();
  }, [load, root]);
  return (
    <div className="issues-panel">
      <div className="issues-actions">
        <button type="button" onClick={() => show({ kind: 'board' })}>
          Board
        </button>
        <button type="button" onClick={() => show({ kind: 'matrix' })}>
          Matrix
        </button>
        <button type="button" onClick={() => show({ kind: 'timeline' })}>
          Timeline
        </button>
      </div>
      <h3>Tracked ({issues.length})</h3>
      <ul className="issue-list" aria-label="Tracked issues">
        {issues.map((i) => (
          <li key={i.id}>
            <button
              type="button"
              onClick={() => show({ kind: 'issue', id: i.id })}
              style={{ borderLeftColor: i.colour }}
            >
              {i.title}{' '}
              <small>
                {STATUS_LABEL[i.status]} · {i.evidence.length}
              </small>
            </button>
          </li>
        ))}
      </ul>
      <h3>Suggested from the text {loading && <small>…</small>}</h3>
      <ul className="suggestion-list" aria-label="Suggested issues">
        {suggestions.map((s) => {
          const docs = new Set(s.evidence.map((e) => e.docId)).size;
          return (
            <li key={s.topic} aria-label={`Suggestion: ${s.label}`}>
              <strong>{s.label}</strong>
              <small>
                {s.evidence.length} passages · {docs} docs · “{s.cue}”
              </small>
              {sample(s) && <q>{clip(sample(s) ?? '', 140)}</q>}
              <div className="row">
                <button type="button" onClick={() => void accept(s.topic)} aria-label={`Accept ${s.label}`}>
                  {s.issueId ? 'Link' : 'Accept'}
                </button>
                <button type="button" onClick={() => void reject(s.topic)} aria-label={`Reject ${s.label}`}>
                  Reject
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <IssuesDialog />
    </div>
  );
}

/** The passage that best shows a suggestion: one with the group's main cue, shortest first. */
function sample(s: Suggestion): string | undefined {
  const withCue = s.evidence.filter((e) => e.cue === s.cue && e.quote.length > 30);
  const pool = withCue.length ? withCue : s.evidence;
  return [...pool].sort((a, b) => a.quote.length - b.quote.length)[0]?.quote;
}
