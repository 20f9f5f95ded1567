import { memo } from 'react';
import type { DocumentSummary } from '../../../../shared/model/document';
import { Badge } from '../../ui';
import { outletLabel } from '../reader/DocHeader';

/** Opens a document in the active pane, or (`beside`) in the pane beside it. */
export type OpenDocument = (id: string, beside: boolean) => void;

/**
 * One document of the virtualised library. Memoised: every wheel step re-renders the list with ~40
 * rows, and all but the few that scrolled in keep their props (same row object, same place), so React
 * skips them instead of rebuilding each row's button and badges per step while indexing competes for
 * the main thread (issue 5).
 */
export const DocRow = memo(function DocRow({
  doc: d,
  active,
  top,
  height,
  onOpen,
}: {
  doc: DocumentSummary;
  active: boolean;
  top: number;
  height: number;
  onOpen: OpenDocument;
}) {
  return (
    <li style={{ transform: `translateY(${top}px)`, height }}>
      <button
        type="button"
        className={active ? 'doc-row active' : 'doc-row'}
        aria-current={active ? 'true' : undefined}
        onClick={(e) => onOpen(d.id, e.altKey)}
        title={`${d.path}${d.story > 1 ? ` (story ${d.story})` : ''} — Alt+click opens beside`}
      >
        <span className="doc-title">{d.title}</span>
        <span className="doc-meta">
          <span className="doc-outlet">{outletLabel(d.outlet)}</span>
          <span>{d.date ? d.date.slice(0, 10) : 'no date'}</span>
          {d.annotationCount > 0 && (
            <Badge tone="accent" aria-label={`${d.annotationCount} annotations`}>
              ✎ {d.annotationCount}
            </Badge>
          )}
          {d.copies > 1 && <Badge tone="warn">{d.copies} copies</Badge>}
          {d.encodingFlagged && (
            <Badge tone="warn" aria-label="encoding flagged">
              encoding?
            </Badge>
          )}
        </span>
      </button>
    </li>
  );
});
