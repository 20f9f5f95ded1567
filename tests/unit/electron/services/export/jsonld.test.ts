import { describe, expect, it } from 'vitest';
import { ANNO_CONTEXT, writeJsonLd } from '../../../../../electron/services/export/jsonld';
import { fixtureExcerpts, fixtureMeta } from '../../../../fixtures/export/excerpts';

describe('W3C Web Annotation JSON-LD export', () => {
  const doc = JSON.parse(writeJsonLd(fixtureExcerpts(), fixtureMeta())) as {
    '@context': string;
    type: string;
    total: number;
    first: {
      type: string;
      items: Array<
        Record<string, unknown> & {
          body?: Array<Record<string, string>>;
          target: { source: string; selector: Array<Record<string, unknown>> };
        }
      >;
    };
  };

  it('is an AnnotationCollection in the anno.jsonld context', () => {
    expect(doc['@context']).toBe(ANNO_CONTEXT);
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.first.type).toBe('AnnotationPage');
    expect(doc.total).toBe(5);
  });

  it('targets carry a TextQuoteSelector and a TextPositionSelector matching the excerpt', () => {
    for (const e of fixtureExcerpts()) {
      const a = doc.first.items.find((i) => i.id === `urn:dossier:annotation:${e.id}`);
      expect(a?.type).toBe('Annotation');
      expect(a?.target.source).toMatch(
        new RegExp(`^dossier://open\\?folder=[^&]+&doc=${e.source.id.replace('.', '\\.')}$`),
      );
      expect(a?.target.selector).toEqual([
        {
          type: 'TextQuoteSelector',
          exact: e.quote,
          prefix: e.selectors[0].prefix,
          suffix: e.selectors[0].suffix,
        },
        { type: 'TextPositionSelector', start: e.start, end: e.end },
      ]);
    }
  });

  it('bodies carry the note, tags, entity and issue with their purposes', () => {
    const a1 = doc.first.items.find((i) => i.id === 'urn:dossier:annotation:a1');
    expect(a1?.motivation).toBe('commenting');
    expect(a1?.body).toEqual([
      {
        type: 'TextualBody',
        purpose: 'commenting',
        format: 'text/markdown',
        value: 'Kyiv frames guarantees as *the* blocker.',
      },
      { type: 'TextualBody', purpose: 'tagging', value: 'open question' },
      { type: 'TextualBody', purpose: 'identifying', value: 'Maria Kovalenko' },
      { type: 'TextualBody', purpose: 'classifying', value: 'Security guarantees' },
    ]);
    expect(a1?.dossier).toMatchObject({
      issue: { title: 'Security guarantees', stance: 'raises' },
      dateSource: 'meta',
    });
  });
});
