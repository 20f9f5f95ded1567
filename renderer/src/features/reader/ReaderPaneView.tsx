import type { ReaderPane } from '../../store/slices/reader-slice';
import { useWorkbench } from '../../store/context';
import { segmentStory } from './segments';

/** One reader pane: header with provenance, then the story text with furniture dimmed. */
export function ReaderPaneView({
  pane,
  index,
  closable,
}: {
  pane: ReaderPane;
  index: number;
  closable: boolean;
}) {
  const focusPane = useWorkbench((s) => s.focusPane);
  const closePane = useWorkbench((s) => s.closePane);
  const active = useWorkbench((s) => s.activePane === index);
  const doc = pane.doc;
  const label = doc ? `Reader: ${doc.title}` : `Reader pane ${index + 1}`;
  return (
    <section
      className={active ? 'pane active' : 'pane'}
      aria-label={label}
      onFocusCapture={() => focusPane(index)}
      onMouseDown={() => focusPane(index)}
    >
      {closable && (
        <button
          type="button"
          className="pane-close"
          aria-label={`Close pane ${index + 1}`}
          onClick={() => closePane(index)}
        >
          ×
        </button>
      )}
      {pane.loading && <p className="hint">Loading…</p>}
      {pane.error && (
        <p role="alert" className="error">
          {pane.error}
        </p>
      )}
      {!doc && !pane.loading && !pane.error && (
        <p className="hint">Choose a document in the library to read it here.</p>
      )}
      {doc && (
        <article className="document" aria-labelledby={`doc-title-${pane.key}`}>
          <header className="doc-header">
            <h1 id={`doc-title-${pane.key}`}>{doc.title}</h1>
            <p className="provenance">
              <span>{doc.outlet === 'unknown' ? 'Unknown outlet' : doc.outlet}</span>
              <span title={`date from: ${doc.dateSource}`}>
                {doc.date ?? 'no date'} <small>({doc.dateSource})</small>
              </span>
              <span className="path">{doc.id}</span>
              <span
                className={doc.encoding.flagged ? 'badge warn' : 'badge'}
                title={`confidence ${Math.round(doc.encoding.confidence * 100)}%`}
              >
                {doc.encoding.name}
              </span>
            </p>
          </header>
          <div className="doc-text">
            {segmentStory(doc.start, doc.end, doc.boilerplate).map((seg) => (
              <span
                key={seg.start}
                className={seg.furniture ? `furniture furniture-${seg.furniture}` : undefined}
                data-start={seg.start}
              >
                {doc.text.slice(seg.start - doc.start, seg.end - doc.start)}
              </span>
            ))}
          </div>
        </article>
      )}
    </section>
  );
}
