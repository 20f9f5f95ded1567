import type { Annotation } from '../../../../shared/model/annotation';
import { useWorkbench } from '../../store/context';

/** The old quote in its context, with re-attach (then select the new text) and keep detached. */
export function OrphanActions({ a }: { a: Annotation }) {
  const reattaching = useWorkbench((s) => s.reattaching);
  const setReattaching = useWorkbench((s) => s.setReattaching);
  const detach = useWorkbench((s) => s.detachAnnotation);
  const open = useWorkbench((s) => s.openDocument);
  const docs = useWorkbench((s) => s.documents);
  const exists = docs.some((d) => d.id === a.docId);
  return (
    <div className="orphan-actions">
      <p className="orphan-context">
        <span className="muted">…{a.quote.prefix}</span>
        <mark className={`annotation-${a.color}`}>{a.quote.exact}</mark>
        <span className="muted">{a.quote.suffix}…</span>
      </p>
      <p className="muted">
        {a.state === 'ambiguous'
          ? 'This passage now appears in several places equally well; choose the right one.'
          : exists
            ? 'This passage is no longer in the document.'
            : 'The document is no longer in the folder.'}
      </p>
      <div className="row">
        {reattaching === a.id ? (
          <>
            <span role="status">Select the new text in the reader, then choose “Re-attach here”.</span>
            <button type="button" onClick={() => setReattaching(null)}>
              Cancel
            </button>
          </>
        ) : (
          <button
            type="button"
            onClick={() => {
              setReattaching(a.id);
              if (exists) void open(a.docId);
            }}
          >
            Re-attach…
          </button>
        )}
        <button type="button" onClick={() => void detach(a.id, !a.detached)}>
          {a.detached ? 'Return to orphans queue' : 'Keep detached'}
        </button>
      </div>
    </div>
  );
}
