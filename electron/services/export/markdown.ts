import type { Excerpt, ExportMeta } from '../../../shared/model/export';
import { citeLocation, citeSource, escapeMarkdown } from './citation';
import { describeExport, describeOrigin, excerptFacts } from './describe';
import { groupExcerpts } from './group';

/**
 * The Markdown brief: a heading per group, each excerpt as a blockquote with its note and facts, and a
 * footnote citation carrying the full provenance and the dossier:// link. All quoted text is escaped so
 * it reads literally (news text is full of `*`, `#` and `<`).
 */
export function writeMarkdown(excerpts: readonly Excerpt[], meta: ExportMeta): string {
  const out: string[] = [`# ${escapeMarkdown(meta.title)}`, '', `${describeExport(excerpts, meta)}.`, ''];
  out.push(`*${escapeMarkdown(describeOrigin(meta))}*`, '');
  const notes: string[] = [];
  for (const group of groupExcerpts(excerpts, meta.groupBy, meta.sortBy)) {
    if (group.title) out.push(`## ${escapeMarkdown(group.title)}`, '');
    for (const e of group.excerpts) {
      const n = notes.length + 1;
      out.push(...blockquote(e), '');
      const facts = excerptFacts(e).map(([k, v]) => `**${k}:** ${escapeMarkdown(v)}`);
      out.push(`${[...facts, `[^${n}]`].join(' · ')}`, '');
      // Notes are the analyst's own Markdown (issue 6): kept as written, except raw HTML, which a
      // renderer downstream might execute.
      if (e.note) out.push(`**Note:** ${e.note.trim().replace(/[<>&]/g, (c) => `\\${c}`)}`, '');
      notes.push(
        `[^${n}]: ${escapeMarkdown(citeSource(e))}. \`${citeLocation(e).replace(/`/g, "'")}\`. [Open in Dossier](<${e.link}>)`,
      );
    }
  }
  if (!notes.length) out.push('*No annotations match this selection.*', '');
  if (notes.length) out.push('---', '', ...notes, '');
  return out.join('\n');
}

function blockquote(e: Excerpt): string[] {
  const before = e.context?.before ? `… ${e.context.before.trimStart()}` : '';
  const after = e.context?.after ? `${e.context.after.trimEnd()} …` : '';
  const body = e.context
    ? `${escapeMarkdown(before)}**${escapeMarkdown(e.quote)}**${escapeMarkdown(after)}`
    : escapeMarkdown(e.quote);
  return body.split('\n').map((line) => (line ? `> ${line}` : '>'));
}
