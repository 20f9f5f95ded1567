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
  const all = textNodes(root).filter((t) => anchorElement(t, root) !== null);
  if (all.length === 0) return null;
  // The boundary point is "before child[offset]": find the text nodes before and after it.
  const child = container.childNodes[offset] ?? null;
  const isAfterPoint = (t: Node) => {
    if (child === null) return false;
    if (child === t || child.contains(t)) return true;
    const pos = child.compareDocumentPosition(t);
    return (pos & 4) !== 0; // DOCUMENT_POSITION_FOLLOWING
  };
  let firstAfter = all.findIndex(isAfterPoint);
  if (child === null) {
    // Point at the end of `container`: everything inside container is before it.
    const inside = textNodes(container);
    const last = inside[inside.length - 1];
    firstAfter = last
      ? all.indexOf(last) + 1
      : all.findIndex((t) => (container.compareDocumentPosition(t) & 4) !== 0);
    if (firstAfter < 0) firstAfter = all.length;
  }
  const after = all[firstAfter];
  const before = firstAfter > 0 ? all[firstAfter - 1] : undefined;
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
