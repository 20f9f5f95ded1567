import { useState } from 'react';
import type { EntityDetail, EntityType } from '../../../../shared/model/entity';
import { useWorkbench } from '../../store/context';
import { TYPE_CLASS, TYPE_LABEL } from './decorations';
import { SuggestionRow } from './SuggestionRow';
import { Timeline } from './Timeline';

/** One entity: names, decisions, where and when it is mentioned, and who it appears with. */
export function EntityPage({ entity }: { entity: EntityDetail }) {
  const decide = useWorkbench((s) => s.decideEntity);
  const show = useWorkbench((s) => s.showEntity);
  const openPassage = useWorkbench((s) => s.openPassage);
  const showIssues = useWorkbench((s) => s.showIssues);
  const showIssue = (id: string) => {
    void show({ kind: 'none' });
    showIssues({ kind: 'issue', id });
  };
  const [editing, setEditing] = useState<null | 'rename' | 'alias'>(null);
  const [value, setValue] = useState('');
  const submit = async () => {
    const text = value.trim();
    if (!text) return;
    const ok =
      editing === 'rename'
        ? await decide({ kind: 'rename', entity: entity.id, name: text })
        : await decide({ kind: 'alias', entity: entity.id, text });
    if (ok) setEditing(null);
  };
  const maxCo = Math.max(1, ...entity.cooccurring.map((c) => c.documents));
  return (
    <article className="entity-page" aria-label={`Entity: ${entity.name}`}>
      <header className="entity-page-header">
        <span className={`entity-type-pill entity-bg-${TYPE_CLASS[entity.type]}`}>
          {TYPE_LABEL[entity.type]}
        </span>
        <h3>{entity.name}</h3>
        <p className="entity-stats">
          <strong>{entity.mentions}</strong> mentions · <strong>{entity.documents}</strong> documents ·{' '}
          <strong>{entity.aliases.length}</strong> {entity.aliases.length === 1 ? 'name' : 'names'}
          {entity.manual && <span className="entity-edited"> · edited by you</span>}
        </p>
        <div className="entity-actions" role="group" aria-label="Entity actions">
          <button type="button" onClick={() => (setEditing('rename'), setValue(entity.name))}>
            Rename
          </button>
          <button type="button" onClick={() => (setEditing('alias'), setValue(''))}>
            Add alias
          </button>
          <label>
            Type{' '}
            <select
              aria-label="Change type"
              value={entity.type}
              onChange={(e) =>
                void decide({ kind: 'retype', entity: entity.id, type: e.target.value as EntityType })
              }
            >
              <option value="person">Person</option>
              <option value="organisation">Organisation</option>
              <option value="place">Place</option>
            </select>
          </label>
          <button
            type="button"
            className="danger"
            onClick={() => void decide({ kind: 'false-positive', entity: entity.id })}
          >
            Not an entity
          </button>
        </div>
        {editing && (
          <form
            className="entity-edit"
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            <input
              autoFocus
              aria-label={editing === 'rename' ? 'New name' : 'New alias'}
              value={value}
              onChange={(e) => setValue(e.target.value)}
              placeholder={editing === 'rename' ? 'Canonical name' : 'Another spelling, e.g. Zelenskyy'}
            />
            <button type="submit">{editing === 'rename' ? 'Rename' : 'Add alias'}</button>
            <button type="button" onClick={() => setEditing(null)}>
              Cancel
            </button>
          </form>
        )}
      </header>

      {entity.suggestions.length > 0 && (
        <section aria-label="Merge suggestions" className="entity-section">
          <h4>Might be the same</h4>
          <ul className="entity-suggestions">
            {entity.suggestions.map((s) => (
              <SuggestionRow key={s.id} suggestion={s} />
            ))}
          </ul>
        </section>
      )}

      <div className="entity-columns">
        <section aria-label="Aliases" className="entity-section">
          <h4>Names used</h4>
          <table className="entity-aliases">
            <tbody>
              {entity.aliases.map((a) => (
                <tr key={a.text}>
                  <td>{a.text}</td>
                  <td className="num">
                    <span
                      className="alias-bar"
                      style={{ width: `${(100 * a.mentions) / Math.max(1, entity.mentions)}%` }}
                    />
                    {a.mentions}
                  </td>
                  <td>
                    {entity.aliases.length > 1 && (
                      <button
                        type="button"
                        className="link"
                        aria-label={`Split ${a.text} into its own entity`}
                        onClick={() => void decide({ kind: 'split', entity: entity.id, alias: a.text })}
                      >
                        split
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section aria-label="Timeline" className="entity-section">
          <h4>Mentions by document date</h4>
          <Timeline points={entity.timeline} />
        </section>
      </div>

      <section aria-label="Appears with" className="entity-section">
        <h4>Appears with</h4>
        <ul className="entity-cooccurring">
          {entity.cooccurring.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                className={`chip entity-chip-${TYPE_CLASS[c.type]}`}
                style={{ opacity: 0.55 + (0.45 * c.documents) / maxCo }}
                onClick={() => void show({ kind: 'entity', id: c.id })}
              >
                {c.name} <small>{c.documents}</small>
              </button>
            </li>
          ))}
        </ul>
      </section>

      {entity.issues.length > 0 && (
        <section aria-label="Issues" className="entity-section">
          <h4>Issues in its documents</h4>
          <ul className="entity-cooccurring">
            {entity.issues.map((i) => (
              <li key={i.id}>
                <button type="button" className="chip" onClick={() => showIssue(i.id)}>
                  {i.title} <small>{i.documents}</small>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-label="Documents" className="entity-section">
        <h4>Documents ({entity.documentList.length})</h4>
        <ul className="entity-docs">
          {entity.documentList.map((d) => (
            <li key={d.id}>
              <button type="button" className="link" onClick={() => void openPassage(d.id, 0)}>
                {d.title}
              </button>{' '}
              <small>
                {d.date ?? 'no date'} · {d.mentions}×
              </small>
            </li>
          ))}
        </ul>
      </section>

      <section aria-label="Mentions in context" className="entity-section">
        <h4>Mentions in context</h4>
        <ol className="kwic">
          {entity.mentionList.map((m) => (
            <li key={`${m.docId}@${m.start}`}>
              <button
                type="button"
                className="kwic-line"
                onClick={() => void openPassage(m.docId, m.start)}
                title={`${m.docId} · ${m.source} · confidence ${Math.round(m.confidence * 100)}%`}
              >
                <span className="kwic-before">{m.before}</span>
                <mark className={`kwic-hit entity-${TYPE_CLASS[entity.type]}`}>{m.text}</mark>
                <span className="kwic-after">{m.after}</span>
              </button>
            </li>
          ))}
        </ol>
        {entity.moreMentions > 0 && <p className="hint">…and {entity.moreMentions} more.</p>}
      </section>
    </article>
  );
}
