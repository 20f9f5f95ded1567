import { useState } from 'react';
import type { EvidenceView, IssueView, Stance } from '../../../../shared/model/issue';
import { useWorkbench } from '../../store/context';
import { DeleteIssue } from './DeleteIssue';
import { EvidenceEditor } from './EvidenceEditor';
import { EvidenceTimeline } from './EvidenceTimeline';
import { IssueEditor } from './IssueEditor';
import { clip, STANCE_COLOUR, STATUS_LABEL } from './stance';
import { StatusForm } from './StatusForm';
import { ancestors, childrenOf } from './tree';

/** One issue: where it sits, status with its cited history, actors and stances, evidence by date. */
export function IssuePage({ issue }: { issue: IssueView }) {
  const issues = useWorkbench((s) => s.issues);
  const show = useWorkbench((s) => s.showIssues);
  const openPassage = useWorkbench((s) => s.openPassage);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [editingEvidence, setEditingEvidence] = useState<string | null>(null);
  const path = ancestors(issues, issue.id);
  const children = childrenOf(issues, issue.id);
  return (
    <article className="issue-page" aria-label={`Issue: ${issue.title}`}>
      {path.length > 0 && (
        <nav className="issue-breadcrumb" aria-label="Parent issues">
          {path.map((p) => (
            <span key={p.id}>
              <button type="button" className="link-btn" onClick={() => show({ kind: 'issue', id: p.id })}>
                {p.title}
              </button>{' '}
              ›{' '}
            </span>
          ))}
        </nav>
      )}
      <header className="issue-head" style={{ borderLeftColor: issue.colour }}>
        <h3>{issue.title}</h3>
        <span className={`status-chip status-${issue.status}`}>{STATUS_LABEL[issue.status]}</span>
        <span className="meta">
          {issue.evidence.length} evidence in {new Set(issue.evidence.map((e) => e.docId)).size} documents
        </span>
        <span className="head-actions">
          <button type="button" onClick={() => setEditing((v) => !v)} aria-expanded={editing}>
            Edit issue
          </button>
          <button type="button" className="danger" onClick={() => setDeleting(true)} aria-expanded={deleting}>
            Delete issue…
          </button>
        </span>
      </header>
      {deleting && <DeleteIssue issue={issue} onCancel={() => setDeleting(false)} />}
      {editing ? (
        <IssueEditor issue={issue} onClose={() => setEditing(false)} />
      ) : (
        (issue.description || issue.aliases.length > 0) && (
          <div className="issue-about">
            {issue.description && <p className="description">{issue.description}</p>}
            {issue.aliases.length > 0 && (
              <p className="aliases" aria-label="Aliases and keywords">
                Also: {issue.aliases.join(' · ')}
              </p>
            )}
          </div>
        )
      )}
      {children.length > 0 && (
        <section className="sub-issues" aria-label="Sub-issues">
          <h4>Sub-issues</h4>
          <ul>
            {children.map((c) => (
              <li key={c.id} style={{ borderLeftColor: c.colour }}>
                <button type="button" className="link-btn" onClick={() => show({ kind: 'issue', id: c.id })}>
                  {c.title}
                </button>{' '}
                <small>
                  {STATUS_LABEL[c.status]} · {c.evidence.length} evidence
                </small>
              </li>
            ))}
          </ul>
        </section>
      )}
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
                  {e.actor && <ActorName e={e} />}
                  <span>{e.docDate ?? 'undated'}</span>
                  <span>{e.outlet}</span>
                  <button
                    type="button"
                    className="link-btn"
                    aria-label={`Edit evidence: ${clip(e.quote, 40)}`}
                    onClick={() => setEditingEvidence(editingEvidence === e.id ? null : e.id)}
                  >
                    edit
                  </button>
                </div>
                <button
                  type="button"
                  className="quote-link"
                  onClick={() => void openPassage(e.docId, e.start)}
                >
                  “{clip(e.quote, 260)}”
                </button>
                <div className="source">{e.docTitle}</div>
                {editingEvidence === e.id && (
                  <EvidenceEditor evidence={e} onClose={() => setEditingEvidence(null)} />
                )}
              </li>
            ))}
          </ol>
        </section>
        <aside>
          <h4>Actors</h4>
          {issue.evidence.length === 0 && (
            <p className="hint">Cite passages with an actor to see who holds which position.</p>
          )}
          <ul className="actor-list" aria-label="Actors and stances">
            {actorRows(issue.evidence).map(([key, { name, stances }]) => (
              <li key={key}>
                <span>{name}</span>
                {[...stances.entries()].map(([st, n]) => (
                  <span key={st} className="stance-pill" style={{ background: STANCE_COLOUR[st] }}>
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

/** The actor as written, with the entity it stands for when that reads differently. */
function ActorName({ e }: { e: EvidenceView }) {
  const differs = e.entityName && e.entityName !== e.actor;
  return (
    <strong title={e.entityName ? `Entity: ${e.entityName}` : 'Not linked to an entity'}>
      {e.actor}
      {differs && <span className="entity-note"> → {e.entityName}</span>}
    </strong>
  );
}

/**
 * Actors grouped by entity (spellings and titles of one person are one row), by how much they said;
 * the unattributed passages last.
 */
export function actorRows(
  evidence: readonly EvidenceView[],
): Array<[string, { name: string; stances: Map<Stance, number> }]> {
  const rows = new Map<string, { name: string; stances: Map<Stance, number>; total: number }>();
  for (const e of evidence) {
    const key = e.actorKey ?? 'unattributed';
    const row = rows.get(key) ?? {
      name: e.entityName ?? e.actor ?? 'unattributed',
      stances: new Map<Stance, number>(),
      total: 0,
    };
    row.stances.set(e.stance, (row.stances.get(e.stance) ?? 0) + 1);
    row.total++;
    rows.set(key, row);
  }
  return [...rows.entries()]
    .sort((a, b) => (a[0] === 'unattributed' ? 1 : b[0] === 'unattributed' ? -1 : b[1].total - a[1].total))
    .map(([k, r]) => [k, { name: r.name, stances: r.stances }]);
}
