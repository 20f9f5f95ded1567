import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useState,
  type Ref,
  type RefObject,
} from 'react';
import type { DocumentDetail } from '../../../../shared/model/document';
import { buildRuns } from './build-runs';
import { chunkIndexAt, splitChunks } from './chunks';
import { useKeptSelection } from './keep-selection';
import type { Decoration } from './decorations';
import { RunsView } from './RunsView';

/** What a pane can ask of its text: scroll a canonical offset into view. */
export interface DocumentTextHandle {
  scrollToOffset(offset: number): void;
}

/**
 * The story text, cut into chunks rendered through a virtualiser: an ordinary article is one chunk,
 * a 50 MB text becomes thousands of cheap rows of which only the visible few are in the DOM.
 */
export function DocumentText({
  doc,
  decorations,
  scrollRef,
  handleRef,
}: {
  doc: DocumentDetail;
  decorations: readonly Decoration[];
  scrollRef: RefObject<HTMLElement | null>;
  handleRef: Ref<DocumentTextHandle>;
}) {
  const chunks = useMemo(() => splitChunks(doc.text, doc.start), [doc]);
  const entryStarts = useMemo(() => new Set(doc.entries.map((e) => e.start)), [doc]);
  const cuts = useMemo(() => doc.entries.map((e) => e.start), [doc]);
  const [margin, setMargin] = useState(0);
  const [listEl, setListEl] = useState<HTMLDivElement | null>(null);
  useKeptSelection(listEl, doc, decorations);
  useLayoutEffect(() => {
    const scroller = scrollRef.current;
    if (!scroller || !listEl) return;
    const measure = () =>
      setMargin(
        listEl.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop,
      );
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(scroller.firstElementChild ?? scroller);
    return () => ro.disconnect();
  }, [scrollRef, listEl]);

  const virtualizer = useVirtualizer({
    count: chunks.length,
    getScrollElement: () => scrollRef.current,
    // ~ 90 characters per line at the reading measure, 28px per line.
    estimateSize: (i) => Math.max(28, (((chunks[i]?.end ?? 0) - (chunks[i]?.start ?? 0)) / 90) * 28),
    overscan: 2,
    scrollMargin: margin,
  });

  useImperativeHandle(
    handleRef,
    () => ({
      scrollToOffset(offset) {
        const index = chunkIndexAt(chunks, offset);
        if (index < 0) return;
        virtualizer.scrollToIndex(index, { align: 'start' });
        // Once the chunk is rendered, bring the exact anchor into view.
        const reveal = (tries: number) =>
          requestAnimationFrame(() => {
            const el = listEl?.querySelector<HTMLElement>(
              `[data-entry="${offset}"], [data-start="${offset}"]`,
            );
            if (el) el.scrollIntoView({ block: 'start' });
            else if (tries > 0) reveal(tries - 1);
          });
        reveal(5);
      },
    }),
    [chunks, virtualizer, listEl],
  );

  // New document: start at the top.
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [doc.id, scrollRef]);

  const items = virtualizer.getVirtualItems();
  return (
    <div
      ref={setListEl}
      className="doc-text"
      style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
    >
      {items.map((item) => {
        const chunk = chunks[item.index];
        if (!chunk) return null;
        return (
          <ChunkView
            key={item.key}
            index={item.index}
            top={item.start - margin}
            measure={virtualizer.measureElement}
            doc={doc}
            start={chunk.start}
            end={chunk.end}
            decorations={decorations}
            cuts={cuts}
            entryStarts={entryStarts}
          />
        );
      })}
    </div>
  );
}

function ChunkView({
  index,
  top,
  measure,
  doc,
  start,
  end,
  decorations,
  cuts,
  entryStarts,
}: {
  index: number;
  top: number;
  measure: (el: Element | null) => void;
  doc: DocumentDetail;
  start: number;
  end: number;
  decorations: readonly Decoration[];
  cuts: readonly number[];
  entryStarts: ReadonlySet<number>;
}) {
  const text = useMemo(() => doc.text.slice(start - doc.start, end - doc.start), [doc, start, end]);
  const runs = useMemo(
    () => buildRuns(text, start, decorations, doc.boilerplate, cuts),
    [text, start, decorations, doc.boilerplate, cuts],
  );
  return (
    <div
      ref={measure}
      data-index={index}
      className="chunk"
      style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${top}px)` }}
    >
      <RunsView runs={runs} text={text} textStart={start} entryStarts={entryStarts} />
    </div>
  );
}
