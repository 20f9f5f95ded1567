/**
 * DOM selection → canonical {start, end}. The reader puts every text node inside an element carrying
 * `data-start` = the canonical offset of that element's first character, so a DOM point maps to
 * data-start + the characters before it inside that element. Points that fall on elements (not text)
 * snap to the nearest text after them (or the end of the text before them).
 */

/** A half-open range of canonical UTF-16 offsets. */
export interface OffsetRange {
  start: number;
  end: number;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

function startOf(el: Element): number | null {
  const v = el.getAttribute('data-start');
  if (v === null) return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

function anchorElement(node: Node, root: Node): Element | null {
  for (let n: Node | null = node; n && n !== root.parentNode; n = n.parentNode) {
    if (n.nodeType === ELEMENT_NODE && startOf(n as Element) !== null) return n as Element;
    if (n === root) break;
  }
  return null;
}

/** Text nodes under `node` in document order. */
function textNodes(node: Node, out: Node[] = []): Node[] {
  if (node.nodeType === TEXT_NODE) out.push(node);
  else for (let c = node.firstChild; c; c = c.nextSibling) textNodes(c, out);
  return out;
}

/** Canonical offset of a position inside a text node, or null when it is not under a data-start element. */
function offsetInText(text: Node, offset: number, root: Node): number | null {
  const anchor = anchorElement(text, root);
  if (!anchor) return null;
  let before = 0;
  for (const t of textNodes(anchor)) {
    if (t === text) return (startOf(anchor) as number) + before + offset;
    before += t.nodeValue?.length ?? 0;
  }
  return null;
}

/**
 * The canonical offset of a DOM point (container, offset) inside `root`; `bias` says which way to snap
 * when the point sits between elements ('forward' for a range start, 'backward' for its end).
 */
export function offsetOfPoint(
  container: Node,
  offset: number,
  root: Node,
  bias: 'forward' | 'backward',
): number | null {
  if (container.nodeType === TEXT_NODE) return offsetInText(container, offset, root);
  // Pre-order walk: the boundary "before child[offset]" sits at the child's pre-order index, or just past
  // the container's subtree when offset is past its last child. Text nodes at or after it are after it.
  const order: Node[] = [];
  const walk = (n: Node) => {
    order.push(n);
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(root);
  const child = container.childNodes[offset] ?? null;
  let boundary: number;
  if (child) boundary = order.indexOf(child);
  else {
    const at = order.indexOf(container);
    if (at < 0) return null;
    let last = container as Node;
    while (last.lastChild) last = last.lastChild;
    boundary = order.indexOf(last) + 1;
  }
  if (boundary < 0) return null;
  const isText = (n: Node | undefined): n is Node =>
    n !== undefined && n.nodeType === TEXT_NODE && anchorElement(n, root) !== null;
  const after = order.slice(boundary).find(isText);
  const before = order.slice(0, boundary).reverse().find(isText);
  if (bias === 'forward' && after) return offsetInText(after, 0, root);
  if (before) return offsetInText(before, before.nodeValue?.length ?? 0, root);
  return after ? offsetInText(after, 0, root) : null;
}

/** Maps a DOM Range inside `root` to canonical offsets; null for collapsed or foreign ranges. */
export function rangeToOffsets(
  range: {
    startContainer: Node;
    startOffset: number;
    endContainer: Node;
    endOffset: number;
    collapsed: boolean;
  },
  root: Node,
): OffsetRange | null {
  if (range.collapsed) return null;
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const start = offsetOfPoint(range.startContainer, range.startOffset, root, 'forward');
  const end = offsetOfPoint(range.endContainer, range.endOffset, root, 'backward');
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/** The run elements (`data-start`) under `node`, in document order, which is also offset order. */
function runsUnder(node: Node, out: Element[] = []): Element[] {
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType !== ELEMENT_NODE) continue;
    if (startOf(c as Element) !== null) out.push(c as Element);
    else runsUnder(c, out);
  }
  return out;
}

/**
 * The rendered run under `root` that holds canonical `offset`, or null when that part of the text is not
 * in the DOM (a long text is virtualised). With `bias` 'backward' an offset on a run's first character
 * belongs to the run before it (the end of a range); with 'forward', to the run it starts (a start).
 */
export function runAt(root: Node, offset: number, bias: 'forward' | 'backward' = 'forward'): Element | null {
  let best: Element | null = null;
  for (const run of runsUnder(root)) {
    const start = startOf(run) as number;
    if (bias === 'forward' ? start > offset : start >= offset) break;
    best = run;
  }
  if (!best) return null;
  let length = 0;
  for (const t of textNodes(best)) length += t.nodeValue?.length ?? 0;
  return (startOf(best) as number) + length >= offset ? best : null;
}

/** The DOM point (text node, offset in it) of canonical `offset` under `root`; null when not rendered. */
export function pointAt(
  root: Node,
  offset: number,
  bias: 'forward' | 'backward',
): { node: Node; offset: number } | null {
  const run = runAt(root, offset, bias);
  if (!run) return null;
  let left = offset - (startOf(run) as number);
  const texts = textNodes(run);
  for (const t of texts) {
    const length = t.nodeValue?.length ?? 0;
    if (left < length || (left === length && bias === 'backward')) return { node: t, offset: left };
    left -= length;
  }
  const last = texts[texts.length - 1];
  return last ? { node: last, offset: last.nodeValue?.length ?? 0 } : null;
}
