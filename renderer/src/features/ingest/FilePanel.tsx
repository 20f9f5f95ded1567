import { useEffect, useMemo } from 'react';
import { useWorkbench } from '../../store/context';
import { Badge, Button, EmptyState, ErrorMessage } from '../../ui';

const NO_COPIES: never[] = [];

/**
 * The right panel's "File" section: how the file was decoded (encoding, confidence, where the guess came
 * from), a warning when the guess is weak, the per-file encoding override, and the story's copies with
 * buttons to open one beside it or compare the two.
 */
export function FilePanel({ docId }: { docId: string | null }) {
  const doc = useWorkbench((s) => (docId ? (s.panes.find((p) => p.docId === docId)?.doc ?? null) : null));
  const encodings = useWorkbench((s) => s.encodings);
  const busy = useWorkbench((s) => s.encodingBusy);
  const error = useWorkbench((s) => s.ingestError);
  const loadEncodings = useWorkbench((s) => s.loadEncodings);
  const setEncoding = useWorkbench((s) => s.setEncoding);
  const documents = useWorkbench((s) => s.documents);
  const openBeside = useWorkbench((s) => s.openBeside);
  const compareWith = useWorkbench((s) => s.compareWith);
  useEffect(() => void loadEncodings(), [loadEncodings]);
  const copies = useMemo(
    () =>
      doc?.duplicateGroup
        ? documents.filter((d) => d.duplicateGroup === doc.duplicateGroup && d.id !== doc.id)
        : NO_COPIES,
    [documents, doc],
  );
  if (!doc)
    return <EmptyState title="No document open">Open a document to see how its file was read.</EmptyState>;
  const container = doc.encoding.source === 'container';
  return (
    <div className="file-panel">
      <p>
        Encoding <strong>{doc.encoding.name}</strong>{' '}
        <span className="muted">
          ({doc.encoding.source === 'override' ? 'chosen by you' : doc.encoding.source},{' '}
          {Math.round(doc.encoding.confidence * 100)}% sure)
        </span>{' '}
        {doc.encoding.flagged && <Badge tone="warn">check the text</Badge>}
      </p>
      {doc.encoding.flagged && (
        <p className="muted">
          The encoding was a weak guess or some bytes could not be decoded. If the text looks garbled, pick
          the right encoding: annotations are re-anchored, and any that cannot be placed are listed as
          orphans.
        </p>
      )}
      {!container && (
        <label>
          Read this file as{' '}
          <select
            aria-label="Encoding override"
            value={doc.encoding.source === 'override' ? doc.encoding.name : ''}
            disabled={busy === doc.id}
            onChange={(e) => void setEncoding(doc.id, e.target.value || null)}
          >
            <option value="">Detect automatically</option>
            {encodings.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      )}
      {error && <ErrorMessage>{error}</ErrorMessage>}
      <h4>{copies.length ? `${copies.length + 1} copies of this story` : 'No copies in this folder'}</h4>
      <ul className="copies">
        {copies.map((c) => (
          <li key={c.id}>
            <span className="path" title={c.path}>
              {c.outlet === 'unknown' ? c.path : c.outlet}
            </span>{' '}
            {c.id === doc.duplicateGroup && <Badge>original</Badge>}{' '}
            <Button variant="quiet" onClick={() => void openBeside(c.id)}>
              Open beside
            </Button>
            <Button variant="quiet" onClick={() => void compareWith(c.id)}>
              Compare
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
