import { useState } from 'react';
import { ISSUE_STATUSES, type IssueStatus, type IssueView } from '../../../../shared/model/issue';
import { useWorkbench } from '../../store/context';
import { EvidenceTimeline } from './EvidenceTimeline';
import { clip, STANCE_COLOUR, STATUS_LABEL } from './stance';

/** One issue: status with its cited history, actors and stances, evidence in document-date order. */
export function IssuePage({ issue }: { issue: IssueView }) {
  const openPassage = useWorkbench((s) => s.openPassage);
  const actors = new Map<string, Map<string, number>>();
  for (const e of issue.evidence) {
    const name = e.actor ?? 'unattributed';
    const m = actors.get(name) ?? new Map<string, number>();
    m.set(e.stance, (m.get(e.stance) ?? 0) + 1);
    actors.set(name, m);
  }
  return (
    <article className="issue-page" aria-label={`Issue: ${issue.title}`}>
      <header className="issue-head" style={{ borderLeftColor: issue.colour }}>
        <h3>{issue.title}</h3>
        <span className={`status-chip status-${issue.status}`}>{STATUS_LABEL[issue.status]}</span>
        <span className="meta">
          {issue.evidence.length} evidence in {new Set(issue.evidence.map((e) => e.docId)).size} documents
        </span>
      </header>
      <EvidenceTimeline issues={[issue]} height={90} />
      <div className="issue-columns">
        <section aria-label="Evidence">
          <h4>Evidence</h4>
          <ol className="evidence-list">
            {issue.evidence.map((e) => (
              <li key={e.id} style={{ borderLeftColor: STANCE_COLOUR[e.stance] }}>
                <div className="meta">
                  <span className="stance" style={{ color: STANCE_COLOUR[e.stance] }}>
                    {e.stance}
                  </span>
                  {e.actor && <strong>{e.actor}</strong>}
                  <span>{e.docDate ?? 'undated'}</span>
                  <span>{e.outlet}</span>
                </div>
                <button
                  type="button"
                  className="quote-link"
                  onClick={() => void openPassage(e.docId, e.start)}
                >
                  “{clip(e.quote, 260)}”
                </button>
                <div className="source">{e.docTitle}</div>
              </li>
            ))}
          </ol>
        </section>
        <aside>
          <h4>Actors</h4>
          <ul className="actor-list" aria-label="Actors and stances">
            {sortActors(actors).map(([name, stances]) => (
              <li key={name}>
                <span>{name}</span>
                {[...stances.entries()].map(([st, n]) => (
                  <span
                    key={st}
                    className="stance-pill"
                    style={{ background: STANCE_COLOUR[st as keyof typeof STANCE_COLOUR] }}
                  >
                    {st} {n}
                  </span>
                ))}
              </li>
            ))}
          </ul>
          <StatusForm issue={issue} />
          <h4>Status history</h4>
          <ol className="history" aria-label="Status history">
            {[...issue.history].reverse().map((h) => (
              <li key={h.recordedAt}>
                <strong>{h.at}</strong> {h.from ? `${STATUS_LABEL[h.from]} → ` : ''}
                {STATUS_LABEL[h.to]}
                {h.note && <span> — {h.note}</span>}
                {h.cites?.passage && (
                  <button
                    type="button"
                    className="quote-link"
                    onClick={() =>
                      void openPassage(h.cites?.passage?.docId ?? '', h.cites?.passage?.start ?? 0)
                    }
                  >
                    “{clip(h.cites.passage.quote, 140)}”
                  </button>
                )}
              </li>
            ))}
          </ol>
        </aside>
      </div>
    </article>
  );
}

function StatusForm({ issue }: { issue: IssueView }) {
  const setStatus = useWorkbench((s) => s.setIssueStatus);
  const [status, setValue] = useState<IssueStatus>(issue.status === 'open' ? 'contested' : issue.status);
  const [cite, setCite] = useState(issue.evidence[0]?.id ?? '');
  const [note, setNote] = useState('');
  const cited = issue.evidence.find((e) => e.id === cite);
  return (
    <form
      className="status-form"
      aria-label="Change status"
      onSubmit={(e) => {
        e.preventDefault();
        if (cite) void setStatus(issue.id, status, cite, note, cited?.docDate?.slice(0, 10));
      }}
    >
      <h4>Change status</h4>
      <label>
        New status
        <select value={status} onChange={(e) => setValue(e.target.value as IssueStatus)}>
          {ISSUE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Cited passage
        <select value={cite} onChange={(e) => setCite(e.target.value)}>
          {issue.evidence.map((e) => (
            <option key={e.id} value={e.id}>
              {e.docDate ?? 'undated'} · {clip(e.quote, 70)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Note
        <input value={note} onChange={(e) => setNote(e.target.value)} placeholder="why the status changed" />
      </label>
      <button type="submit" disabled={!cite}>
        Record status change
      </button>
    </form>
  );
}

/** Actors by how much they said, the unattributed passages last. */
function sortActors(actors: Map<string, Map<string, number>>): Array<[string, Map<string, number>]> {
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return [...actors.entries()].sort((a, b) =>
    a[0] === 'unattributed' ? 1 : b[0] === 'unattributed' ? -1 : total(b[1]) - total(a[1]),
  );
}
