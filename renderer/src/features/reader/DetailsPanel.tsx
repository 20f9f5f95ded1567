import { useMemo } from 'react';
import type { DocumentSummary } from '../../../../shared/model/document';
import { useWorkbench } from '../../store/context';
import { Badge, Button, EmptyState } from '../../ui';
import { DATE_SOURCE_LABEL, formatDate, outletLabel } from './DocHeader';

// Stories per file and members per copy group, built once per library list: filtering 100k rows twice
// on every document switch was a 40–85 ms piece of each `j` at 100k.
const indexes = new WeakMap<
  readonly DocumentSummary[],
  { perPath: Map<string, number>; groups: Map<string, DocumentSummary[]> }
>();
function indexOf(docs: readonly DocumentSummary[]) {
  let index = indexes.get(docs);
  if (!index) {
    const perPath = new Map<string, number>();
    const groups = new Map<string, DocumentSummary[]>();
    for (const d of docs) {
      perPath.set(d.path, (perPath.get(d.path) ?? 0) + 1);
      if (d.duplicateGroup) {
        const g = groups.get(d.duplicateGroup);
        if (g) g.push(d);
        else groups.set(d.duplicateGroup, [d]);
      }
    }
    indexes.set(docs, (index = { perPath, groups }));
  }
  return index;
}

/** The copies of a story elsewhere in the folder (same duplicate group), excluding itself. */
export function copiesOf(docs: readonly DocumentSummary[], doc: DocumentSummary): DocumentSummary[] {
  if (!doc.duplicateGroup) return [];
  return (indexOf(docs).groups.get(doc.duplicateGroup) ?? []).filter((d) => d.id !== doc.id);
}

/** The "Details" section of the right panel: where the active document came from, and its copies. */
export function DetailsPanel({ docId }: { docId: string | null }) {
  const doc = useWorkbench((s) => (docId ? (s.panes.find((p) => p.docId === docId)?.doc ?? null) : null));
  const documents = useWorkbench((s) => s.documents);
  const openBeside = useWorkbench((s) => s.openBeside);
  const compareWith = useWorkbench((s) => s.compareWith);
  const storiesInFile = useMemo(
    () => (doc ? (indexOf(documents).perPath.get(doc.path) ?? 0) : 0),
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
