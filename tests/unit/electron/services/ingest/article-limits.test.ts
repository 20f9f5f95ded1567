import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../../../electron/services/ingest/article/parse-article';

describe('article grammar on pathological input', () => {
  it('parses a 50 MB single line without backtracking blow-ups', () => {
    // A line of capitals, digits, dashes and parentheses: the shapes datelines, dates and captions look for.
    const unit = 'MOSCOW (A) - 12 Dec 2024 (Photo: x / y) 1 / 2 ';
    const text = unit.repeat(Math.ceil((50 * 1024 * 1024) / unit.length));
    const stories = parseArticle(text, { mtimeMs: Date.UTC(2024, 0, 10) });
    expect(stories).toHaveLength(1);
    expect(stories[0]!.end).toBe(text.length);
    expect(stories[0]!.title.length).toBeLessThanOrEqual(301);
  });

  it('parses many short lines linearly', () => {
    const text = 'Follow\nShare\n1 / 2\nMost Read\nA headline of several words here\n\n'.repeat(200_000);
    const stories = parseArticle(text);
    expect(stories[stories.length - 1]!.end).toBe(text.length);
  });

  it('keeps a story with NUL characters and keeps its offsets', () => {
    const text =
      'Title with a NUL\u0000 inside it here\n\nBody text of the story goes on for a while and then ends here.';
    const [story] = parseArticle(text);
    expect(story!.end).toBe(text.length);
  });
});
