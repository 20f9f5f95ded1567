import type { Annotation } from '../../../../shared/model/annotation';
import { NoteView } from './NoteView';
import { stateText } from './palette';

/** One annotation in a list: colour, quote, state, tags, entity, issue and the rendered note. */
export function AnnotationRow({
  a,
  selected,
  showDoc,
  onOpen,
}: {
  a: Annotation;
  selected: boolean;
  showDoc?: boolean;
  onOpen(): void;
}) {
  const placed = a.state !== 'orphan' && a.state !== 'ambiguous';
  return (
    <div className={`annotation-row${selected ? ' selected' : ''}`}>
      <button type="button" className="annotation-open" aria-expanded={selected} onClick={onOpen}>
        <span className={`anno-swatch annotation-${a.color}`} aria-hidden="true" />
        <span className="quote">
          “{a.quote.exact.length > 160 ? `${a.quote.exact.slice(0, 160)}…` : a.quote.exact}”
        </span>
        <span
          className={`badge state-${a.state}`}
          title={placed ? undefined : 'Not placed in the current text'}
        >
          {stateText(a)}
        </span>
      </button>
      {showDoc && <div className="meta">{a.docId}</div>}
      {(a.tags.length > 0 || a.entity || a.issue) && (
        <div className="meta">
          {a.tags.map((t) => (
            <span key={t} className="tag">
              #{t}
            </span>
          ))}
          {a.entity && (
            <span className="tag">
              {a.entity.name} ({a.entity.type})
            </span>
          )}
          {a.issue && (
            <span className="tag">
              {a.issue.title}: {a.issue.stance}
            </span>
          )}
        </div>
      )}
      {a.note && !selected && <NoteView markdown={a.note} />}
    </div>
  );
}
