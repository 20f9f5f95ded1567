import './issues.css';
import { useEffect, useState } from 'react';
import { useWorkbench } from '../../store/context';
import { IssuesDialog } from './IssuesDialog';
import { STATUS_LABEL } from './stance';
import { SuggestionCard } from './SuggestionCard';
import { RemovalBanner } from './DeleteIssue';
import { issueTree } from './tree';

/** Sidebar: tracked issues (with a new-issue field), then suggestions from the text. */
export function IssuesPanel() {
  const issues = useWorkbench((s) => s.issues);
  const suggestions = useWorkbench((s) => s.suggestions);
  const loading = useWorkbench((s) => s.issuesLoading);
  const more = useWorkbench((s) => s.moreSuggestions);
  const showMore = useWorkbench((s) => s.showMoreSuggestions);
  const load = useWorkbench((s) => s.loadIssues);
  const show = useWorkbench((s) => s.showIssues);
  const create = useWorkbench((s) => s.createIssue);
  const root = useWorkbench((s) => s.workspace?.root ?? null);
  const [title, setTitle] = useState('');
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
      <RemovalBanner />
      <h3>Tracked ({issues.length})</h3>
      <ul className="issue-list" aria-label="Tracked issues">
        {issueTree(issues).map(({ issue: i, depth }) => (
          <li key={i.id} style={depth ? { paddingLeft: `${Math.min(depth, 4) * 12}px` } : undefined}>
            <button
              type="button"
              onClick={() => show({ kind: 'issue', id: i.id })}
              style={{ borderLeftColor: i.colour }}
            >
              {depth > 0 && <span aria-hidden="true">↳ </span>}
              {i.title}{' '}
              <small>
                {STATUS_LABEL[i.status]} · {i.evidence.length}
              </small>
            </button>
          </li>
        ))}
      </ul>
      <form
        className="new-issue"
        aria-label="New issue"
        onSubmit={(e) => {
          e.preventDefault();
          if (title.trim()) void create(title.trim()).then((id) => id && setTitle(''));
        }}
      >
        <input
          aria-label="New issue title"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          placeholder="New issue…"
        />
        <button type="submit" disabled={!title.trim()}>
          Add
        </button>
      </form>
      <h3>Suggested from the text {loading && <small>…</small>}</h3>
      {!loading && suggestions.length === 0 && (
        <p className="hint">No open questions found in this folder.</p>
      )}
      <ul className="suggestion-list" aria-label="Suggested issues">
        {suggestions.map((s) => (
          <SuggestionCard key={s.topic} suggestion={s} />
        ))}
      </ul>
      {more && (
        <button type="button" className="link-btn" disabled={loading} onClick={() => void showMore()}>
          Show more suggestions
        </button>
      )}
      <IssuesDialog />
    </div>
  );
}
