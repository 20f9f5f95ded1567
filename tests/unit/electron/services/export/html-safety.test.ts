import { parseHTML } from '../../../../support/html-dom';
import { describe, expect, it } from 'vitest';
import { writeHtml } from '../../../../../electron/services/export/html';
import type { Excerpt } from '../../../../../shared/model/export';
import { fixtureExcerpts, fixtureMeta } from '../../../../fixtures/export/excerpts';

const NASTY = [
  '</script><script>alert(1)</script>',
  '<img src=x onerror="alert(2)">',
  'javascript:alert(3)',
  '<svg onload=alert(5)><a href="javascript:alert(6)">x</a></svg>',
  '"><iframe src="http://evil.invalid"></iframe>',
  '<style>@import url(http://evil.invalid/x.css)</style>',
];

function hostile(): Excerpt[] {
  return fixtureExcerpts().map((e, i) => {
    const nasty = NASTY[i % NASTY.length] ?? '';
    return {
      ...e,
      quote: `${e.quote} ${nasty}`,
      note: nasty,
      tags: [...e.tags, nasty],
      context: { before: nasty, after: nasty },
      source: { ...e.source, title: nasty, outlet: nasty },
      entity: { name: nasty, type: 'person' },
      issue: { title: nasty, stance: 'raises' },
      link: i === 0 ? 'javascript:alert(7)' : e.link,
    };
  });
}

describe('HTML report safety', () => {
  for (const groupBy of ['issue', 'entity', 'document', 'none'] as const) {
    it(`has no executable content or external resource (grouped by ${groupBy})`, () => {
      const html = writeHtml(hostile(), fixtureMeta({ groupBy, title: NASTY.join(' ') }));
      const { document } = parseHTML(html);
      expect(
        document.querySelectorAll(
          'script, iframe, object, embed, link, base, form, meta[http-equiv="refresh"]',
        ),
      ).toHaveLength(0);
      expect(document.querySelectorAll('style')).toHaveLength(1);
      for (const el of document.querySelectorAll('*')) {
        for (const attr of Array.from(el.attributes)) {
          expect(attr.name.toLowerCase().startsWith('on'), `${el.tagName} has ${attr.name}`).toBe(false);
          if (['href', 'src', 'xlink:href', 'action', 'formaction'].includes(attr.name.toLowerCase()))
            expect(attr.value, `${el.tagName} ${attr.name}`).toMatch(/^dossier:\/\/open\?/);
        }
      }
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/href="javascript:/i);
      // The only stylesheet is ours: no @import or url() can load anything.
      expect(document.querySelector('style')?.textContent).not.toMatch(/@import|url\(/i);
      for (const el of document.querySelectorAll('[style]'))
        expect(el.getAttribute('style')).not.toMatch(/url\(/i);
      // Every nasty string survives as visible text, so nothing was silently dropped.
      expect(document.body.textContent).toContain('</script><script>alert(1)</script>');
      expect(document.body.textContent).toContain('<img src=x onerror="alert(2)">');
    });
  }

  it('declares a CSP that forbids scripts and network loads, and has print CSS', () => {
    const html = writeHtml(fixtureExcerpts(), fixtureMeta());
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).toContain('@media print');
  });

  it('includes the timeline and the actor × issue matrix as inline SVG', () => {
    const { document } = parseHTML(writeHtml(fixtureExcerpts(), fixtureMeta()));
    const svgs = document.querySelectorAll('svg');
    expect(svgs).toHaveLength(2);
    expect(svgs[0]?.getAttribute('aria-label')).toMatch(/Timeline/);
    expect(svgs[1]?.getAttribute('aria-label')).toMatch(/Actor by issue/);
    expect(svgs[1]?.textContent).toContain('Maria Kovalenko');
  });
});
