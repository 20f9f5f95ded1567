import { useEffect, useState, type RefObject } from 'react';
import { registry } from '../../app/registry';
import { rangeToOffsets } from '../../dom/selection-offsets';

interface Shown {
  start: number;
  end: number;
  x: number;
  y: number;
}

/**
 * Shows the registered selection tools (highlight, note, tag…) above a text selection in this pane.
 * The selection is mapped to canonical offsets once, here; the tools receive {start, end}.
 */
export function SelectionToolbar({
  rootRef,
  scrollRef,
  paneIndex,
  docId,
}: {
  rootRef: RefObject<HTMLElement | null>;
  scrollRef: RefObject<HTMLElement | null>;
  paneIndex: number;
  docId: string;
}) {
  const [shown, setShown] = useState<Shown | null>(null);
  useEffect(() => {
    if (registry.selectionTools.length === 0) return;
    const update = () => {
      const root = rootRef.current;
      const scroller = scrollRef.current;
      const sel = document.getSelection();
      if (!root || !scroller || !sel || sel.rangeCount === 0) return setShown(null);
      const range = sel.getRangeAt(0);
      const offsets = rangeToOffsets(range, root);
      if (!offsets) return setShown(null);
      const rect = range.getBoundingClientRect();
      const box = scroller.getBoundingClientRect();
      setShown({
        ...offsets,
        x: Math.max(8, rect.left - box.left),
        y: rect.top - box.top + scroller.scrollTop,
      });
    };
    let timer = 0;
    const onChange = () => {
      clearTimeout(timer);
      timer = window.setTimeout(update, 120);
    };
    document.addEventListener('selectionchange', onChange);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('selectionchange', onChange);
    };
  }, [rootRef, scrollRef]);
  useEffect(() => setShown(null), [docId]);
  if (!shown) return null;
  const done = () => {
    setShown(null);
    document.getSelection()?.removeAllRanges();
  };
  return (
    <div
      className="selection-toolbar"
      role="toolbar"
      aria-label="Selection tools"
      style={{ left: shown.x, top: Math.max(0, shown.y - 40) }}
      onMouseDown={(e) => e.preventDefault()}
    >
      {registry.selectionTools.map((Tool, i) => (
        <Tool key={i} paneIndex={paneIndex} docId={docId} start={shown.start} end={shown.end} done={done} />
      ))}
    </div>
  );
}
