import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffRows } from '../../../../../renderer/src/features/compare/diff-rows';
import {
  similarity,
  tokenize,
  wordDiff,
  type DiffOp,
} from '../../../../../renderer/src/features/compare/word-diff';

const side = (text: string, ops: DiffOp[], which: 'left' | 'right') =>
  ops
    .filter((o) => o.op === 'equal' || o.op === (which === 'left' ? 'removed' : 'added'))
    .map((o) => text.slice(o[which].start, o[which].end))
    .join('');

describe('tokenize', () => {
  it('keeps every character and separates words from punctuation', () => {
    const text = 'Zelensky’s plan, “20 points” — agreed.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text).join('')).toBe(text);
    expect(tokens.map((t) => t.text)).toContain('Zelensky’s');
    expect(tokens.map((t) => t.text)).toContain('20');
  });
});

describe('wordDiff', () => {
  it('reports identical texts as one equal run', () => {
    const ops = wordDiff('a b c', 'a b c');
    expect(ops.every((o) => o.op === 'equal')).toBe(true);
    expect(similarity(ops, 5, 5)).toBe(1);
  });

  it('marks a changed word as removed then added', () => {
    const left = 'Talks resume on Monday in Geneva.';
    const right = 'Talks resume on Tuesday in Geneva.';
    const ops = wordDiff(left, right);
    const removed = ops.filter((o) => o.op === 'removed').map((o) => left.slice(o.left.start, o.left.end));
    const added = ops.filter((o) => o.op === 'added').map((o) => right.slice(o.right.start, o.right.end));
    expect(removed).toEqual(['Monday']);
    expect(added).toEqual(['Tuesday']);
  });

  it('treats re-wrapped whitespace as equal', () => {
    const ops = wordDiff('one two\nthree', 'one two three');
    expect(ops.some((o) => o.op !== 'equal')).toBe(false);
  });

  it('gives up aligning past maxEdits and reports a wholesale replacement', () => {
    const ops = wordDiff('a b c d e f', 'u v w x y z', 2);
    expect(ops.map((o) => o.op)).toEqual(['removed', 'added']);
  });

  it('rebuilds both sides exactly and is minimal-ish on random edits (property)', () => {
    const words = fc.array(fc.constantFrom('alpha', 'beta', 'gamma', 'delta', 'Kyiv', 'Kiev', ',', '.'), {
      maxLength: 30,
    });
    fc.assert(
      fc.property(words, words, (a, b) => {
        const left = a.join(' ');
        const right = b.join(' ');
        const ops = wordDiff(left, right);
        // Each side is reconstructed exactly from its equal + own-side ops.
        expect(side(left, ops, 'left')).toBe(left);
        expect(side(right, ops, 'right')).toBe(right);
        // Equal pieces are equal modulo whitespace.
        for (const o of ops.filter((x) => x.op === 'equal'))
          expect(left.slice(o.left.start, o.left.end).replace(/\s+/g, ' ')).toBe(
            right.slice(o.right.start, o.right.end).replace(/\s+/g, ' '),
          );
      }),
      { numRuns: 300 },
    );
  });
});

describe('diffRows', () => {
  it('breaks rows at the left paragraph breaks so shared paragraphs align', () => {
    const left = 'First para.\n\nSecond para here.';
    const right = 'First para.\n\nSecond para there.';
    const rows = diffRows(wordDiff(left, right));
    expect(rows.length).toBe(2);
    expect(rows[0]!.changed).toBe(false);
    expect(rows[1]!.changed).toBe(true);
  });

  it('gives an added paragraph its own row so the next shared paragraph starts level', () => {
    const left = 'Alpha beta.\n\nGamma delta.';
    const right = 'Alpha beta.\n\nA local paragraph.\n\nGamma delta.';
    const rows = diffRows(wordDiff(left, right));
    const text = (r: (typeof rows)[number], side: 'left' | 'right') =>
      r[side].map((p) => (side === 'left' ? left : right).slice(p.start, p.end)).join('');
    const last = rows[rows.length - 1]!;
    expect(text(last, 'left').trim()).toBe('Gamma delta.');
    expect(text(last, 'right').trim()).toBe('Gamma delta.');
    expect(rows.some((r) => r.changed && text(r, 'right').includes('A local paragraph.'))).toBe(true);
  });
});
