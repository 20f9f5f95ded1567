import { useState } from 'react';
import type { Suggestion } from '../../../../shared/model/issue';
import { useWorkbench } from '../../store/context';
import { clip, STANCE_COLOUR } from './stance';
import { StanceBar, stanceSummary } from './StanceBar';

/**
 * One suggested issue: its topic, how widely it is raised, a sample passage; accept (optionally under
 * an edited title), reject, or open the passages to reject some of them or read them in place.
 */
export function SuggestionCard({ suggestion: s }: { suggestion: Suggestion }) {
  const accept = useWorkbench((st) => st.acceptSuggestion);
  const reject = useWorkbench((st) => st.rejectSuggestion);
  const openPassage = useWorkbench((st) => st.openPassage);
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(capitalise(s.label));
  const docs = new Set(s.evidence.map((e) => e.docId)).size;
  const sampleQuote = sample(s);
  return (
    <li aria-label={`Suggestion: ${s.label}`}>
      {editing ? (
        <input
          aria-label={`Title for ${s.label}`}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          autoFocus
        />
      ) : (
        <strong>{s.label}</strong>
      )}
      <small>
        {s.evidence.length} passages · {docs} docs · “{s.cue}”
      </small>
      <StanceBar
        stances={s.evidence.map((e) => e.stance)}
        label={`Stances: ${stanceSummary(s.evidence.map((e) => e.stance))}`}
      />
      {sampleQuote && <q>{clip(sampleQuote, 140)}</q>}
      <div className="row">
        <button
          type="button"
          onClick={() => void accept(s.topic, editing ? title.trim() || undefined : undefined)}
          aria-label={`Accept ${s.label}`}
        >
          {s.issueId ? 'Link' : 'Accept'}
        </button>
        {!s.issueId && !editing && (
          <button type="button" onClick={() => setEditing(true)} aria-label={`Edit ${s.label}`}>
            Edit…
          </button>
        )}
        <button type="button" onClick={() => void reject(s.topic)} aria-label={`Reject ${s.label}`}>
          Reject
        </button>
      </div>
      <details>
        <summary>Passages</summary>
        <ul className="suggestion-passages">
          {s.evidence.map((e) => (
            <li key={e.key} style={{ borderLeftColor: STANCE_COLOUR[e.stance] }}>
              <button type="button" className="quote-link" onClick={() => void openPassage(e.docId, e.start)}>
                {e.actor ? <strong>{e.actor}: </strong> : null}“{clip(e.quote, 160)}”
              </button>
              <span className="meta">
                {e.docDate ?? 'undated'} · {e.docTitle}
              </span>
              <button
                type="button"
                className="link-btn"
                onClick={() => void reject(s.topic, [e.key])}
                aria-label="Reject this passage"
              >
                not this one
              </button>
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}

/** The passage that best shows a suggestion: one with the group's main cue, shortest first. */
function sample(s: Suggestion): string | undefined {
  const withCue = s.evidence.filter((e) => e.cue === s.cue && e.quote.length > 30);
  const pool = withCue.length ? withCue : s.evidence;
  return [...pool].sort((a, b) => a.quote.length - b.quote.length)[0]?.quote;
}

function capitalise(s: string): string {
  return s ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}
