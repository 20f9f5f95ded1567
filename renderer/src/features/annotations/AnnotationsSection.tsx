import { useEffect } from 'react';
import type { Annotation } from '../../../../shared/model/annotation';
import { useWorkbench } from '../../store/context';
import { AnnotationEditor } from './AnnotationEditor';
import { AnnotationRow } from './AnnotationRow';
import { scrollReaderTo } from '../../dom/scroll-to-offset';
import { OrphanActions } from './OrphanActions';
import './annotations.css';

const NONE: Annotation[] = [];

/**
 * Right panel "Annotations": the current document's annotations in text order (orphans last); the
 * selected one (a clicked highlight or row) opens its editor. Undo and redo sit at the top.
 */
export function AnnotationsSection({ docId }: { docId: string | null }) {
  const list = useWorkbench((s) => (docId ? (s.annotationsByDoc[docId] ?? NONE) : NONE));
  const selected = useWorkbench((s) => s.selectedAnnotation);
  const select = useWorkbench((s) => s.selectAnnotation);
  const undo = useWorkbench((s) => s.annotationUndo);
  const run = useWorkbench((s) => s.undoAnnotation);
  const error = useWorkbench((s) => s.annotationsError);
  const status = useWorkbench((s) => s.annotationStatus);
  useEffect(() => {
    if (!selected) return;
    document.querySelector(`[data-annotation-row="${selected}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  if (!docId) return <p className="muted">Open a document to see its annotations.</p>;
  return (
    <div className="annotations-section">
      <div className="row">
        <button
          type="button"
          disabled={!undo.canUndo}
          onClick={() => void run()}
          title={undo.undoLabel ?? undefined}
        >
          Undo{undo.undoLabel ? ` ${undo.undoLabel.toLowerCase()}` : ''}
        </button>
        <button
          type="button"
          disabled={!undo.canRedo}
          onClick={() => void run(true)}
          title={undo.redoLabel ?? undefined}
        >
          Redo{undo.redoLabel ? ` ${undo.redoLabel.toLowerCase()}` : ''}
        </button>
      </div>
      {status?.message && (
        <p role="status" className={status.readOnly || status.unsaved ? 'warn' : 'muted'}>
          {status.message}
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {list.length === 0 ? (
        <p className="muted">Select text in the reader to highlight it, add a note or a tag.</p>
      ) : (
        <ul className="annotation-list" aria-label="Annotations in this document">
          {list.map((a) => (
            <li key={a.id} data-annotation-row={a.id}>
              <AnnotationRow
                a={a}
                selected={a.id === selected}
                onOpen={() => {
                  select(a.id === selected ? null : a.id);
                  if (a.current) scrollReaderTo(a.current.start);
                }}
              />
              {a.id === selected && (a.state === 'orphan' || a.state === 'ambiguous') && (
                <OrphanActions a={a} />
              )}
              {a.id === selected && <AnnotationEditor a={a} />}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
