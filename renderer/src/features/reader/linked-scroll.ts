/**
 * Linked scrolling between reader panes: each pane registers its scroller; when linking is on, a
 * user scroll in one pane moves the others to the same relative position. The `syncing` flag stops
 * the echo (the programmatic scroll in pane B would otherwise scroll pane A back).
 */
const scrollers = new Map<number, HTMLElement>();
let syncing = false;

/** Registers a pane's scroller under its pane key; returns the unregister function. */
export function registerScroller(key: number, el: HTMLElement): () => void {
  scrollers.set(key, el);
  return () => {
    if (scrollers.get(key) === el) scrollers.delete(key);
  };
}

/** Moves every other registered scroller to `from`'s relative position. */
export function syncFrom(key: number): void {
  if (syncing) return;
  const from = scrollers.get(key);
  if (!from) return;
  const ratio = from.scrollTop / Math.max(1, from.scrollHeight - from.clientHeight);
  syncing = true;
  for (const [k, el] of scrollers)
    if (k !== key) el.scrollTop = ratio * Math.max(0, el.scrollHeight - el.clientHeight);
  requestAnimationFrame(() => {
    syncing = false;
  });
}
