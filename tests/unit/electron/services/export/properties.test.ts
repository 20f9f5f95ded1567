import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../../../../electron/services/export/csv';
import { codePointOffset, utf16Offset } from '../../../../../electron/services/export/guid';
import { escapeHtml } from '../../../../../electron/services/export/html-escape';
import {
  dossierLink,
  LINK_QUOTE_CHARS,
  parseDossierLink,
  passageLink,
  quoteHead,
} from '../../../../../electron/services/export/link';
import { parseXml } from '../../../../../electron/services/export/xml-read';
import { XmlWriter } from '../../../../../electron/services/export/xml-writer';

const text = fc.string({ unit: 'binary', maxLength: 80 });
const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const wellFormed = (s: string) => s.replace(LONE, '\uFFFD');
/** Strings that may hold lone surrogates (file names and pasted text sometimes do). */
const raw = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  maxLength: 60,
});

describe('export building blocks (properties)', () => {
  it('csvCell: quoted, quotes doubled, never a formula, content preserved', () => {
    fc.assert(
      fc.property(text, (s) => {
        const cell = csvCell(s);
        expect(cell.startsWith('"') && cell.endsWith('"')).toBe(true);
        const inner = cell.slice(1, -1).replace(/""/g, '"');
        expect(inner).not.toMatch(/^[=+\-@\t\r]/);
        expect(inner === s || inner === `'${s}`).toBe(true);
      }),
    );
  });

  it('code-point offsets and UTF-16 offsets convert back and forth on code-point boundaries', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.nat(), (s, k) => {
        const points = [...s];
        const cp = k % (points.length + 1);
        const u16 = points.slice(0, cp).join('').length;
        expect(codePointOffset(s, u16)).toBe(cp);
        expect(utf16Offset(s, cp)).toBe(u16);
      }),
    );
  });

  it('escapeHtml leaves no markup-significant character', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(escapeHtml(s)).not.toMatch(/[<>"']/);
      }),
    );
  });

  it('legacy dossier links (absolute folder path) still round-trip any folder and document id', () => {
    fc.assert(
      fc.property(
        text.map((f) => `/${f}`),
        text.filter((d) => d.length > 0),
        fc.nat(),
        fc.nat(),
        (folder, doc, a, b) => {
          const link = dossierLink(folder, doc, a, b);
          expect(link).toMatch(/^dossier:\/\/open\?[A-Za-z0-9%&=._~+-]*$/);
          expect(parseDossierLink(link)).toMatchObject({
            version: 1,
            folder: wellFormed(folder),
            doc: wellFormed(doc),
            start: a,
            end: b,
            project: null,
            sha256: null,
          });
        },
      ),
    );
  });

  it('portable dossier links round-trip any folder name, document id, offsets, hash and quote head', () => {
    fc.assert(
      fc.property(
        fc.uuid(),
        text,
        text.filter((d) => d.length > 0),
        fc.nat(),
        fc.nat(),
        fc.stringMatching(/^[0-9a-f]{64}$/),
        fc.oneof(raw, fc.string({ unit: 'binary', minLength: 150, maxLength: 260 })),
        (project, name, doc, a, b, hash, quote) => {
          const link = passageLink({ project, name, docId: doc, start: a, end: b, contentHash: hash, quote });
          expect(link).toMatch(/^dossier:\/\/open\?[A-Za-z0-9%&=._~+-]*$/);
          expect(parseDossierLink(link)).toEqual({
            version: 2,
            folder: '',
            project,
            name: wellFormed(name),
            doc: wellFormed(doc),
            start: a,
            end: b,
            sha256: hash.slice(0, 16),
            quote: quote ? wellFormed(quoteHead(quote)) : null,
          });
          // The head is a prefix of the quote, within the limit, and never splits a surrogate pair.
          const head = quoteHead(quote);
          expect(quote.startsWith(head) && head.length <= LINK_QUOTE_CHARS).toBe(true);
          if (head.length < quote.length && wellFormed(quote) === quote) expect(wellFormed(head)).toBe(head);
        },
      ),
    );
  });

  it('XmlWriter output parses back to the same attributes and text (invalid characters replaced)', () => {
    const clean = (s: string) =>
      wellFormed(s).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD');
    fc.assert(
      fc.property(raw, raw, (attr, body) => {
        const xml = new XmlWriter().open('Root', { a: attr }).text('T', body).close().toString();
        const root = parseXml(xml);
        expect(root.attrs.a).toBe(clean(attr));
        expect(root.children[0]?.text).toBe(clean(body));
      }),
    );
  });
});
