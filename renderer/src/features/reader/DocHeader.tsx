import type { DocumentDetail } from '../../../../shared/model/document';
import { Badge } from '../../ui';

/** Human wording for where a date came from (the analyst must know how much to trust it). */
export const DATE_SOURCE_LABEL: Record<DocumentDetail['dateSource'], string> = {
  sidecar: 'set by you',
  meta: 'from the file’s metadata line',
  frontmatter: 'from the front matter',
  updated: 'from an “Updated” line',
  dateline: 'from the dateline',
  entry: 'from the first live-blog entry',
  text: 'found in the text',
  mtime: 'file modification time (weak)',
  none: 'no date found',
};

/** The outlet as shown ("Unknown outlet" instead of the internal placeholder). */
export const outletLabel = (outlet: string) => (outlet === 'unknown' || !outlet ? 'Unknown outlet' : outlet);

/** The reader's header: title, then provenance (outlet, date and its source, path, encoding). */
export function DocHeader({ doc, titleId }: { doc: DocumentDetail; titleId: string }) {
  return (
    <header className="doc-header">
      <h1 id={titleId}>{doc.title}</h1>
      <p className="provenance">
        <span className="outlet">{outletLabel(doc.outlet)}</span>
        <span title={`Date ${DATE_SOURCE_LABEL[doc.dateSource]}`}>
          {doc.date ? formatDate(doc.date) : 'No date'}{' '}
          <small className="muted">({DATE_SOURCE_LABEL[doc.dateSource]})</small>
        </span>
        {doc.dateline && <span className="muted">Dateline: {doc.dateline}</span>}
      </p>
      <p className="provenance provenance-file">
        <span className="path" title="File path inside the folder">
          {doc.path}
          {doc.story > 1 ? ` · story ${doc.story}` : ''}
        </span>
        <Badge
          tone={doc.encoding.flagged ? 'warn' : 'neutral'}
          title={`Encoding ${doc.encoding.name} (${doc.encoding.source}, confidence ${Math.round(doc.encoding.confidence * 100)}%)${doc.encoding.flagged ? ' — the guess is uncertain; check the text' : ''}`}
        >
          {doc.encoding.name}
          {doc.encoding.flagged ? ' ?' : ''}
        </Badge>
        {doc.copies > 1 && <Badge tone="accent">{doc.copies} copies</Badge>}
      </p>
    </header>
  );
}

/** A date as the reader shows it: the calendar day, plus the time when the source had one. */
export function formatDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const hasTime = /T\d\d:\d\d/.test(iso);
  return d.toLocaleString(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    ...(hasTime ? { hour: '2-digit', minute: '2-digit' } : {}),
    ...(hasTime ? {} : { timeZone: 'UTC' }),
  });
}
