import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../../shared/model/annotation';
import { annotationDecorations } from '../../../../../renderer/src/features/annotations/decorations';
import type { WorkbenchState } from '../../../../../renderer/src/store/create-store';

function annotation(id: string, patch: Partial<Annotation>): Annotation {
  return {
    id,
    docId: 'a.txt',
    path: 'a.txt',
    quote: { type: 'TextQuoteSelector', exact: 'quote', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: 5 },
    contentHash: 'x',
    color: 'yellow',
    note: '',
    tags: [],
    entity: null,
    issue: null,
    created: '',
    modified: '',
    state: 'anchored',
    score: 1,
    current: { start: 0, end: 5 },
    detached: false,
    ...patch,
  };
}

const state = (list: Annotation[], selected: string | null) =>
  ({ annotationsByDoc: { 'a.txt': list }, selectedAnnotation: selected }) as unknown as WorkbenchState;

describe('annotation decorations', () => {
  it('draws placed annotations in their colours (overlaps kept), skips orphans, marks fuzzy and selected', () => {
    const list = [
      annotation('a', { color: 'green', current: { start: 0, end: 10 } }),
      annotation('b', { color: 'pink', current: { start: 5, end: 15 }, state: 'fuzzy', score: 0.8 }),
      annotation('c', { state: 'orphan', current: null, score: null }),
    ];
    const out = annotationDecorations(state(list, 'b'), 'a.txt');
    expect(out).toEqual([
      expect.objectContaining({
        start: 0,
        end: 10,
        kind: 'annotation',
        refId: 'a',
        className: 'annotation-green',
      }),
      expect.objectContaining({
        start: 5,
        end: 15,
        refId: 'b',
        className: 'annotation-pink annotation-fuzzy annotation-selected',
      }),
    ]);
    // Same input → the same array (the reader memoises on identity).
    expect(annotationDecorations(state(list, 'b'), 'a.txt')).toBe(out);
    expect(annotationDecorations(state(list, null), 'a.txt')).not.toBe(out);
    expect(annotationDecorations(state(list, null), 'other.txt')).toEqual([]);
  });
});
