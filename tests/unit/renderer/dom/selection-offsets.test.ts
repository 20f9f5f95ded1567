import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { offsetOfPoint, rangeToOffsets } from '../../../../renderer/src/dom/selection-offsets';

function setup() {
  // Mirrors what RunsView renders: text in <span data-start>, marks wrapped around some spans.
  const { document } = parseHTML(
    '<div id="root"><div class="chunk"><span data-start="100">Hello </span><mark><span data-start="106">brave</span></mark><span data-start="111"> world</span></div></div>',
  );
  const root = document.getElementById('root') as unknown as Element;
  const spans = [...root.querySelectorAll('span')] as unknown as HTMLElement[];
  const text = (i: number) => spans[i]!.firstChild as unknown as Node;
  return { root, spans, text };
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
    const { root } = setup();
    const chunk = root.firstChild as unknown as Node;
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
    const other = parseHTML('<p>x</p>').document.querySelector('p')!.firstChild as unknown as Node;
    expect(
      rangeToOffsets(
        { startContainer: other, startOffset: 0, endContainer: other, endOffset: 1, collapsed: false },
        root,
      ),
    ).toBeNull();
  });
});
