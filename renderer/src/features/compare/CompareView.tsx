import { useMemo } from 'react';
import type { DocumentDetail } from '../../../../shared/model/document';
import { useWorkbench } from '../../store/context';
import { Button, EmptyState } from '../../ui';
import { outletLabel } from '../reader/DocHeader';
import { diffRows, type DiffPiece } from './diff-rows';
import { similarity, wordDiff } from './word-diff';

/** Beyond this many characters per side the word diff is too slow for the UI thread; we say so. */
const MAX_COMPARE_CHARS = 400_000;

function Side({ text, pieces, kind }: { text: string; pieces: DiffPiece[]; kind: 'del' | 'ins' }) {
  return (
    <>
      {pieces.map((p) => {
        const body = text.slice(p.start, p.end);
        if (!p.changed) return <span key={p.start}>{body}</span>;
        return kind === 'del' ? <del key={p.start}>{body}</del> : <ins key={p.start}>{body}</ins>;
      })}
    </>
  );
}

/**
 * Two copies of a story side by side, shared passages aligned row by row and the differences marked:
 * struck out on the left (only in the first), underlined on the right (only in the second).
 */
export function CompareView({ left, right }: { left: DocumentDetail; right: DocumentDetail }) {
  const setCompare = useWorkbench((s) => s.setCompare);
  const tooLong = left.text.length > MAX_COMPARE_CHARS || right.text.length > MAX_COMPARE_CHARS;
  const result = useMemo(() => {
    if (tooLong) return null;
    const ops = wordDiff(left.text, right.text);
    return { rows: diffRows(ops), similarity: similarity(ops, left.text.length, right.text.length) };
  }, [left, right, tooLong]);
  const changedRows = result?.rows.filter((r) => r.changed).length ?? 0;
  return (
    <section className="compare" aria-label="Compare documents">
      <div className="compare-toolbar" role="toolbar" aria-label="Compare tools">
        <strong>Differences</strong>
        {result && (
          <span className="muted" role="status">
            {Math.round(result.similarity * 100)}% shared · {changedRows} changed passage
            {changedRows === 1 ? '' : 's'}
          </span>
        )}
        <span className="spacer" />
        <span className="legend">
          <del>only in left</del> <ins>only in right</ins>
        </span>
        <Button onClick={() => setCompare(false)}>Back to panes</Button>
      </div>
      <div className="compare-head">
        {[left, right].map((d) => (
          <div key={d.id} className="compare-doc">
            <h2>{d.title}</h2>
            <p className="muted">
              {outletLabel(d.outlet)} · {d.date ?? 'no date'} · <span className="path">{d.path}</span>
            </p>
          </div>
        ))}
      </div>
      {!result ? (
        <EmptyState title="These documents are too long to compare here">
          <p>Open them in two panes and turn on linked scrolling instead.</p>
        </EmptyState>
      ) : (
        <div className="compare-rows" role="table" aria-label="Aligned passages">
          {result.rows.map((row, i) => (
            <div key={i} role="row" className={row.changed ? 'diff-row changed' : 'diff-row'}>
              <div role="cell" className="diff-cell">
                <Side text={left.text} pieces={row.left} kind="del" />
              </div>
              <div role="cell" className="diff-cell">
                <Side text={right.text} pieces={row.right} kind="ins" />
              </div>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
