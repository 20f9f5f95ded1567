import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE_FIXTURES, baselineOf } from './article-baseline';

// Each fixture in tests/fixtures/articles/ shows one pattern of real saved articles (or a trap next to it);
// its .expected.json is the hand-checked parse: title, date and its source, outlet, dateline, whether it
// was split off, furniture kinds with the first words of each range, and live-blog entries.
const fixtures = readdirSync(ARTICLE_FIXTURES).filter((f) => f.endsWith('.txt'));

describe('article grammar baselines', () => {
  it('has a baseline for every fixture', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(15);
    for (const f of fixtures) {
      expect(readdirSync(ARTICLE_FIXTURES)).toContain(f.replace(/\.txt$/, '.expected.json'));
    }
  });

  it.each(fixtures)('%s parses as its baseline', (file) => {
    const expected: unknown = JSON.parse(
      readFileSync(path.join(ARTICLE_FIXTURES, file.replace(/\.txt$/, '.expected.json')), 'utf8'),
    );
    expect(baselineOf(file)).toEqual(expected);
  });
});
