import { memo, type ReactNode } from 'react';
import type { Run } from './build-runs';

/**
 * Renders runs: each as one <span data-start> holding its text (the DOM↔offset mapping relies on every
 * text node sitting in an element with its canonical start), wrapped in one <mark> per decoration,
 * outermost first. Entry anchors get `data-entry` so the contents list can scroll to them.
 */
export const RunsView = memo(function RunsView({
  runs,
  text,
  textStart,
  entryStarts,
}: {
  runs: readonly Run[];
  text: string;
  /** Canonical offset of text[0]. */
  textStart: number;
  entryStarts: ReadonlySet<number>;
}) {
  return (
    <>
      {runs.map((run) => {
        const entry = entryStarts.has(run.start);
        let node: ReactNode = (
          <span
            key={run.start}
            data-start={run.start}
            data-entry={entry ? run.start : undefined}
            className={
              [run.furniture ? `furniture furniture-${run.furniture}` : '', entry ? 'entry-anchor' : '']
                .filter(Boolean)
                .join(' ') || undefined
            }
          >
            {text.slice(run.start - textStart, run.end - textStart)}
          </span>
        );
        for (let i = run.marks.length - 1; i >= 0; i--) {
          const m = run.marks[i];
          if (!m) continue;
          node = (
            <mark
              key={run.start}
              className={`mark mark-${m.kind}${m.className ? ` ${m.className}` : ''}`}
              data-ref={m.refId}
              title={m.label}
            >
              {node}
            </mark>
          );
        }
        return node;
      })}
    </>
  );
});
