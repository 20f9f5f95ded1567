import { useEffect, useState } from 'react';
import type { Stance, SuggestedEvidence, Suggestion } from '../../../../shared/model/issue';
import { STANCES } from '../../../../shared/model/values';
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
  const fetchAll = useWorkbench((st) => st.suggestionPassages);
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(capitalise(s.label));
  const sample = s.evidence.find((e) => e.key === s.sampleKey)?.quote;
  const stances = STANCES.flatMap((st) => Array<Stance>(s.stances[st] ?? 0).fill(st));
  // The list carries the first few passages of each suggestion; the rest are asked for when the
  // passages are opened, and again when the suggestion changed (a passage rejected) while open.
  const [open, setOpen] = useState(false);
  const [all, setAll] = useState<Suggestion | null>(null);
  const [loading, setLoading] = useState(false);
  const passages = all && all.evidenceCount === s.evidenceCount ? all.evidence : s.evidence;
  // Asked once per count: a reply that does not match (the suggestion gone) is not asked for again.
  const [askedAt, setAskedAt] = useState<number | null>(null);
  const count = s.evidenceCount;
  const missing = open && !loading && passages.length < count && askedAt !== count;
  useEffect(() => {
    if (!missing) return;
    setAskedAt(count);
    setLoading(true);
    void fetchAll(s.topic)
      .then((full) => setAll(full))
      .finally(() => setLoading(false));
  }, [missing, count, fetchAll, s.topic]);
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
        {s.evidenceCount} passages · {s.docCount} docs · “{s.cue}”
      </small>
      <StanceBar stances={stances} label={`Stances: ${stanceSummary(stances)}`} />
      {sample && <q>{clip(sample, 140)}</q>}
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
      <details onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>Passages</summary>
        <PassageList topic={s.topic} passages={passages} />
        {passages.length < s.evidenceCount && (
          <p className="hint" role="status">
            {loading
              ? `Loading all ${s.evidenceCount} passages…`
              : `${passages.length} of ${s.evidenceCount} passages shown.`}
          </p>
        )}
      </details>
    </li>
  );
}

/** Passages shown at first when a suggestion's list is opened; more on request (thousands at 20k). */
const PAGE = 100;

/** A suggestion's passages: read one in place, or reject just that one. */
function PassageList({ topic, passages }: { topic: string; passages: readonly SuggestedEvidence[] }) {
  const reject = useWorkbench((st) => st.rejectSuggestion);
  const openPassage = useWorkbench((st) => st.openPassage);
  const [shown, setShown] = useState(PAGE);
  return (
    <>
      <ul className="suggestion-passages">
        {passages.slice(0, shown).map((e) => (
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
              onClick={() => void reject(topic, [e.key])}
              aria-label="Reject this passage"
            >
              not this one
            </button>
          </li>
        ))}
      </ul>
      {passages.length > shown && (
        <button type="button" className="link-btn" onClick={() => setShown((n) => n + PAGE)}>
          Show {Math.min(PAGE, passages.length - shown)} more passages
        </button>
      )}
    </>
  );
}

function capitalise(s: string): string {
  return s ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}
