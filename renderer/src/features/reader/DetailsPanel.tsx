import { useMemo } from 'react';
import type { DocumentSummary } from '../../../../shared/model/document';
import { useWorkbench } from '../../store/context';
import { Badge, Button, EmptyState } from '../../ui';
import { DATE_SOURCE_LABEL, formatDate, outletLabel } from './DocHeader';

/** The copies of a story elsewhere in the folder (same duplicate group), excluding itself. */
export function copiesOf(docs: readonly DocumentSummary[], doc: DocumentSummary): DocumentSummary[] {
  if (!doc.duplicateGroup) return [];
  return docs.filter((d) => d.duplicateGroup === doc.duplicateGroup && d.id !== doc.id);
}

/** The "Details" section of the right panel: where the active document came from, and its copies. */
export function DetailsPanel({ docId }: { docId: string | null }) {
  const doc = useWorkbench((s) => (docId ? (s.panes.find((p) => p.docId === docId)?.doc ?? null) : null));
  const documents = useWorkbench((s) => s.documents);
  const openBeside = useWorkbench((s) => s.openBeside);
  const compareWith = useWorkbench((s) => s.compareWith);
  const storiesInFile = useMemo(
    () => (doc ? documents.filter((d) => d.path === doc.path).length : 0),
    [documents, doc],
  );
  const copies = useMemo(() => (doc ? copiesOf(documents, doc) : []), [documents, doc]);
  if (!doc)
    return <EmptyState title="No document open">Open a document to see where it came from.</EmptyState>;
  const rows: [string, React.ReactNode][] = [
    ['Title', doc.title],
    ['Outlet', outletLabel(doc.outlet)],
    [
      'Date',
      <>
        {doc.date ? formatDate(doc.date) : 'none'}{' '}
        <span className="muted">— {DATE_SOURCE_LABEL[doc.dateSource]}</span>
      </>,
    ],
    ['Dateline', doc.dateline ?? '—'],
    ['File', <span className="path">{doc.path}</span>],
    ['Story', `${doc.story} of ${storiesInFile}`],
    ['Format', doc.format],
    [
      'Encoding',
      <>
        {doc.encoding.name}{' '}
        <span className="muted">
          ({doc.encoding.source}, {Math.round(doc.encoding.confidence * 100)}%)
        </span>{' '}
        {doc.encoding.flagged && <Badge tone="warn">uncertain</Badge>}
      </>,
    ],
    ['Live-blog entries', doc.entries.length > 0 ? String(doc.entries.length) : '—'],
  ];
  return (
    <div className="details">
      <dl className="details-list">
        {rows.map(([k, v]) => (
          <div key={k} className="details-row">
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <h3 className="subhead">Copies {copies.length > 0 ? `(${copies.length})` : ''}</h3>
      {copies.length === 0 ? (
        <p className="muted">No other copy of this story in the folder.</p>
      ) : (
        <ul className="copies" aria-label="Copies of this story">
          {copies.map((c) => (
            <li key={c.id}>
              <span className="copy-title">
                {outletLabel(c.outlet)} · {c.date?.slice(0, 10) ?? 'no date'}
                <span className="path muted"> {c.path}</span>
              </span>
              <span className="copy-actions">
                <Button
                  variant="quiet"
                  onClick={() => void openBeside(c.id)}
                  aria-label={`Open ${c.path} beside`}
                >
                  Open beside
                </Button>
                <Button
                  variant="quiet"
                  onClick={() => void compareWith(c.id)}
                  aria-label={`Compare with ${c.path}`}
                >
                  Compare
                </Button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
