import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  TextRun,
} from 'docx';
import type { Excerpt, ExportMeta } from '../../../shared/model/export';
import { citeLocation, citeSource } from './citation';
import { describeExport, describeOrigin, excerptFacts } from './describe';
import { groupExcerpts } from './group';

/** Style id of excerpt paragraphs (an indented, ruled, italic "Excerpt" style in the document). */
export const QUOTE_STYLE = 'DossierExcerpt';

/**
 * A real Word document: Title and Heading 1 per group, each excerpt in the "Excerpt" paragraph style,
 * its note and facts below, and its full citation as a Word footnote.
 */
export async function writeDocx(excerpts: readonly Excerpt[], meta: ExportMeta): Promise<Uint8Array> {
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(meta.title)] }),
    new Paragraph({ children: [new TextRun({ text: `${describeExport(excerpts, meta)}.`, italics: true })] }),
    new Paragraph({ children: [new TextRun({ text: describeOrigin(meta), size: 18, color: '555555' })] }),
  ];
  const footnotes: Record<string, { children: Paragraph[] }> = {};
  let n = 0;
  for (const group of groupExcerpts(excerpts, meta.groupBy, meta.sortBy)) {
    if (group.title) children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: group.title }));
    for (const e of group.excerpts) {
      n++;
      footnotes[String(n)] = { children: [citationParagraph(e)] };
      children.push(...excerptParagraphs(e, n));
    }
  }
  if (n === 0) children.push(new Paragraph({ text: 'No annotations match this selection.' }));
  const doc = new Document({
    creator: 'Dossier',
    title: meta.title,
    description: describeOrigin(meta),
    styles: {
      paragraphStyles: [
        {
          id: QUOTE_STYLE,
          name: 'Excerpt',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { italics: true, color: '222222' },
          paragraph: {
            indent: { left: 567, right: 567 },
            spacing: { before: 160, after: 80 },
            border: { left: { style: BorderStyle.SINGLE, size: 18, color: '999999', space: 8 } },
            alignment: AlignmentType.LEFT,
          },
        },
      ],
    },
    footnotes,
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function excerptParagraphs(e: Excerpt, n: number): Paragraph[] {
  const quoteRuns: TextRun[] = [];
  if (e.context?.before)
    quoteRuns.push(new TextRun({ text: `… ${e.context.before}`, italics: false, color: '666666' }));
  quoteRuns.push(...lines(e.quote, { bold: Boolean(e.context) }));
  if (e.context?.after)
    quoteRuns.push(new TextRun({ text: `${e.context.after} …`, italics: false, color: '666666' }));
  const out = [new Paragraph({ style: QUOTE_STYLE, children: [...quoteRuns, new FootnoteReferenceRun(n)] })];
  if (e.note)
    out.push(
      new Paragraph({ children: [new TextRun({ text: 'Note: ', bold: true }), ...lines(e.note, {})] }),
    );
  const facts = excerptFacts(e);
  if (facts.length)
    out.push(
      new Paragraph({
        children: facts.flatMap(([k, v], i) => [
          new TextRun({ text: `${i ? ' · ' : ''}${k}: `, bold: true, size: 18 }),
          new TextRun({ text: v, size: 18 }),
        ]),
      }),
    );
  return out;
}

function citationParagraph(e: Excerpt): Paragraph {
  return new Paragraph({
    children: [
      new TextRun(`${citeSource(e)}. ${citeLocation(e)}. `),
      new ExternalHyperlink({
        link: e.link,
        children: [new TextRun({ text: 'Open in Dossier', style: 'Hyperlink' })],
      }),
    ],
  });
}

/** Text runs with Word line breaks where the text has newlines. */
function lines(text: string, opts: { bold?: boolean }): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, break: i ? 1 : 0, ...opts }));
}
