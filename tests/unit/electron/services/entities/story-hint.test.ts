import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { storyHint, wholeStoryHint } from '../../../../../electron/services/entities/recognise';
import { capitalisedRuns, tokenize } from '../../../../../electron/services/entities/runs';
import { REPO_ROOT } from '../../../../support/temp';
import { ARTICLES } from './support';

const SAMPLES = path.join(REPO_ROOT, 'resources', 'sample-articles');
const texts = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ name: f, text: readFileSync(path.join(dir, f), 'utf8').replace(/\r\n?/g, '\n') }));

// Tagging sentence by sentence (only where a run asks) must answer exactly what tagging the whole story
// did: recognition's cached results and every labelled fixture depend on it.
describe('the NLP hint of a story', () => {
  const articles = [...texts(ARTICLES), ...texts(SAMPLES)];

  let tagged = 0;

  it('has articles to compare', () => {
    expect(articles.length).toBeGreaterThan(10);
  });

  it.each(articles.map((a) => [a.name, a.text] as const))(
    'tagged by sentence answers as tagged whole for every run and word of %s',
    (_name, text) => {
      const lazy = storyHint(text, 0, text.length);
      const whole = wholeStoryHint(text, 0, text.length);
      const tokens = tokenize(text, 0, text.length);
      const spans = [
        ...capitalisedRuns(tokens).map((r) => [r.tokens[0]!.start, r.tokens[r.tokens.length - 1]!.end]),
        ...tokens.map((t) => [t.start, t.end]),
      ] as Array<[number, number]>;
      const answers = (hint: typeof lazy) => spans.map(([s, e]) => hint(s, e));
      const expected = answers(whole);
      tagged += expected.filter((a) => a !== null).length;
      expect(answers(lazy)).toEqual(expected);
    },
  );

  it('compared runs the tagger named (not only empty answers)', () => {
    expect(tagged).toBeGreaterThan(100);
  });
});
