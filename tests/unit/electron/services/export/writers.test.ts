import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../../../../electron/services/export/csv';
import { writeHtml } from '../../../../../electron/services/export/html';
import { writeJsonLd } from '../../../../../electron/services/export/jsonld';
import { writeMarkdown } from '../../../../../electron/services/export/markdown';
import { writeQde } from '../../../../../electron/services/export/qdpx';
import { fixtureMeta, fixtureTexts } from '../../../../fixtures/export/excerpts';
import { exportFixture } from '../../../../fixtures/export/evidence-excerpts';
import { expectGolden } from './golden';

describe('export writers: golden files on the fixture project', () => {
  // Five annotations and one piece of issue evidence (ADR 075), with portable links (ADR 073).
  const excerpts = exportFixture();

  it('Markdown brief grouped by issue', () => {
    expectGolden('brief-by-issue.md', writeMarkdown(excerpts, fixtureMeta()));
  });

  it('Markdown brief grouped by document, sorted by position, with context', () => {
    const withContext = excerpts.map((e) => ({
      ...e,
      context: { before: e.selectors[0].prefix, after: e.selectors[0].suffix },
    }));
    expectGolden(
      'brief-by-document.md',
      writeMarkdown(withContext, fixtureMeta({ groupBy: 'document', sortBy: 'position' })),
    );
  });

  it('CSV', () => {
    expectGolden('excerpts.csv', writeCsv(excerpts, fixtureMeta()));
  });

  it('HTML report', () => {
    expectGolden('report.html', writeHtml(excerpts, fixtureMeta({ groupBy: 'entity' })));
  });

  it('W3C Web Annotation JSON-LD', () => {
    expectGolden('annotations.jsonld', writeJsonLd(excerpts, fixtureMeta()));
  });

  it('REFI-QDA project.qde', () => {
    expectGolden('project.qde', writeQde(excerpts, fixtureMeta(), fixtureTexts()));
  });

  it('every text format says so when nothing matches', () => {
    expect(writeMarkdown([], fixtureMeta())).toContain('No annotations match');
    expect(writeHtml([], fixtureMeta())).toContain('No annotations match');
    expect(writeCsv([], fixtureMeta()).split('\r\n')).toHaveLength(2);
  });

  it('every excerpt carries every provenance field into Markdown', () => {
    const md = writeMarkdown(excerpts, fixtureMeta());
    for (const e of excerpts) {
      expect(md).toContain(e.link);
      expect(md).toContain(`chars ${e.start}–${e.end}`);
      expect(md).toContain(e.contentHash.slice(0, 12));
    }
    expect(md).toContain('live entry 2025-12-02T09:15:00-05:00');
    expect(md).toContain('(date from meta)');
  });
});
