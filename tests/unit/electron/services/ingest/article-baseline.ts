import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArticle } from '../../../../../electron/services/ingest/article/parse-article';
import { toCanonicalText } from '../../../../../shared/text/canonical';

/** Folder of the article fixtures (our own writing, one pattern each). */
export const ARTICLE_FIXTURES = path.resolve(__dirname, '..', '..', '..', '..', 'fixtures', 'articles');

/** Every fixture is parsed as if its file was last written on this day (for mtime and year rules). */
export const FIXTURE_MTIME = Date.UTC(2024, 0, 10, 12);

/** The parse of one fixture in the shape its `.expected.json` baseline records. */
export function baselineOf(file: string): unknown {
  const text = toCanonicalText(readFileSync(path.join(ARTICLE_FIXTURES, file), 'utf8'));
  const stories = parseArticle(text, { mtimeMs: FIXTURE_MTIME, fileName: file });
  return {
    stories: stories.map((s) => ({
      title: s.title,
      date: s.date,
      dateSource: s.dateSource,
      outlet: s.outlet,
      dateline: s.dateline,
      split: s.splitReason !== null,
      furniture: s.boilerplate.map((b) => [b.kind, text.slice(b.start, b.end).split('\n')[0]!.slice(0, 48)]),
      entries: s.entries.map((e) => ({ timestamp: e.timestamp, label: e.label })),
    })),
  };
}
