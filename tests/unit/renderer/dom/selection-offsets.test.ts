import { describe, expect, it } from 'vitest';
import {
  offsetOfPoint,
  pointAt,
  rangeToOffsets,
  runAt,
} from '../../../../renderer/src/dom/selection-offsets';

/** The slice of the DOM Node interface selection-offsets reads, built by hand (no DOM in Node tests). */
class FakeNode {
  parentNode: FakeNode | null = null;
  childNodes: FakeNode[] = [];
  constructor(
    readonly nodeType: 1 | 3,
    readonly nodeValue: string | null,
    private readonly attrs: Record<string, string> = {},
  ) {}
  get firstChild(): FakeNode | null {
    return this.childNodes[0] ?? null;
  }
  get lastChild(): FakeNode | null {
    return this.childNodes[this.childNodes.length - 1] ?? null;
  }
  get nextSibling(): FakeNode | null {
    const sibs = this.parentNode?.childNodes ?? [];
    return sibs[sibs.indexOf(this) + 1] ?? null;
  }
  getAttribute(name: string) {
    return this.attrs[name] ?? null;
  }
  contains(other: FakeNode | null): boolean {
    for (let n = other; n; n = n.parentNode) if (n === this) return true;
    return false;
  }
  append(...children: FakeNode[]) {
    for (const c of children) {
      c.parentNode = this;
      this.childNodes.push(c);
    }
    return this;
  }
}
const el = (attrs: Record<string, string> = {}) => new FakeNode(1, null, attrs);
const txt = (value: string) => new FakeNode(3, value);

function setup() {
  // Mirrors what RunsView renders: text in <span data-start>, marks wrapped around some spans.
  const t = [txt('Hello '), txt('brave'), txt(' world')];
  const chunk = el().append(
    el({ 'data-start': '100' }).append(t[0]!),
    el().append(el({ 'data-start': '106' }).append(t[1]!)),
    el({ 'data-start': '111' }).append(t[2]!),
  );
  const root = el().append(chunk);
  return {
    root: root as unknown as Node,
    chunk: chunk as unknown as Node,
    text: (i: number) => t[i] as unknown as Node,
  };
}

describe('selection offsets', () => {
  it('maps a point inside a text node to data-start + offset', () => {
    const { root, text } = setup();
    expect(offsetOfPoint(text(0), 2, root, 'forward')).toBe(102);
    expect(offsetOfPoint(text(1), 5, root, 'backward')).toBe(111);
    expect(offsetOfPoint(text(2), 1, root, 'forward')).toBe(112);
  });

  it('maps a range across marks', () => {
    const { root, text } = setup();
    const range = {
      startContainer: text(0),
      startOffset: 1,
      endContainer: text(2),
      endOffset: 3,
      collapsed: false,
    };
    expect(rangeToOffsets(range, root)).toEqual({ start: 101, end: 114 });
  });

  it('snaps element boundary points to the nearest text', () => {
    const { root, chunk } = setup();
    // Before child 1 (the <mark>): forward → start of "brave"; backward → end of "Hello ".
    expect(offsetOfPoint(chunk, 1, root, 'forward')).toBe(106);
    expect(offsetOfPoint(chunk, 1, root, 'backward')).toBe(106);
    // After the last child: the end of the text.
    expect(offsetOfPoint(chunk, 3, root, 'backward')).toBe(117);
  });

  it('rejects collapsed ranges and ranges outside the root', () => {
    const { root, text } = setup();
    expect(
      rangeToOffsets(
        { startContainer: text(0), startOffset: 1, endContainer: text(0), endOffset: 1, collapsed: true },
        root,
      ),
    ).toBeNull();
    const other = el().append(txt('x')).firstChild as unknown as Node;
    expect(
      rangeToOffsets(
        { startContainer: other, startOffset: 0, endContainer: other, endOffset: 1, collapsed: false },
        root,
      ),
    ).toBeNull();
  });

  it('maps canonical offsets back to the text nodes that hold them, both ways round', () => {
    const { root, text } = setup();
    // A start on a run's first character is in that run; an end there is the end of the run before.
    expect(pointAt(root, 106, 'forward')).toEqual({ node: text(1), offset: 0 });
    expect(pointAt(root, 106, 'backward')).toEqual({ node: text(0), offset: 6 });
    expect(pointAt(root, 108, 'forward')).toEqual({ node: text(1), offset: 2 });
    expect(pointAt(root, 117, 'backward')).toEqual({ node: text(2), offset: 6 });
    // Round trip: offsets → points → offsets.
    for (const [start, end] of [
      [101, 114],
      [100, 117],
      [106, 111],
    ] as const) {
      const a = pointAt(root, start, 'forward')!;
      const b = pointAt(root, end, 'backward')!;
      const range = {
        startContainer: a.node,
        startOffset: a.offset,
        endContainer: b.node,
        endOffset: b.offset,
      };
      expect(rangeToOffsets({ ...range, collapsed: false }, root)).toEqual({ start, end });
    }
  });

  it('finds no run for text that is not rendered', () => {
    const { root } = setup();
    expect(runAt(root, 99)).toBeNull();
    expect(runAt(root, 118)).toBeNull();
    expect(pointAt(root, 500, 'forward')).toBeNull();
  });
});
