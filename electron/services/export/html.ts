import type { Excerpt, ExportMeta } from '../../../shared/model/export';
import { charts } from './html-charts';
import { citeLocation, citeSource } from './citation';
import { describeExport, describeOrigin, excerptFacts } from './describe';
import { groupExcerpts } from './group';
import { escapeHtml, safeHref } from './html-escape';
import { STANCE_COLOURS } from './charts';

/**
 * A self-contained HTML report: one file, no script, no external resource (a CSP meta forbids both, in
 * case a viewer ignores the rest), every piece of text escaped, print CSS. Notes are shown as plain text
 * with their line breaks — rendering their Markdown would need an HTML sanitiser, and the report must be
 * safe to open anywhere.
 */
export function writeHtml(excerpts: readonly Excerpt[], meta: ExportMeta): string {
  const body: string[] = [
    `<header><h1>${escapeHtml(meta.title)}</h1>`,
    `<p class="summary">${escapeHtml(describeExport(excerpts, meta))}.</p>`,
    `<p class="origin">${escapeHtml(describeOrigin(meta))}</p></header>`,
    ...charts(excerpts),
  ];
  let n = 0;
  const groups = groupExcerpts(excerpts, meta.groupBy, meta.sortBy);
  for (const group of groups) {
    body.push('<section>');
    if (group.title) body.push(`<h2>${escapeHtml(group.title)}</h2>`);
    for (const e of group.excerpts) body.push(excerptHtml(e, ++n));
    body.push('</section>');
  }
  if (!groups.length) body.push('<p class="empty">No annotations match this selection.</p>');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="Dossier ${escapeHtml(meta.version)}">`,
    `<title>${escapeHtml(meta.title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function excerptHtml(e: Excerpt, n: number): string {
  const stance = e.issue?.stance ?? 'none';
  const quote = e.context
    ? `${ctx(e.context.before, 'before')}<mark>${escapeHtml(e.quote)}</mark>${ctx(e.context.after, 'after')}`
    : escapeHtml(e.quote);
  const facts = excerptFacts(e)
    .map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`)
    .join('');
  const href = safeHref(e.link);
  const open = href ? ` <a href="${escapeHtml(href)}">Open in Dossier</a>` : '';
  return [
    `<article class="excerpt" id="x${n}" style="border-left-color:${STANCE_COLOURS[stance]}">`,
    `<blockquote>${quote}</blockquote>`,
    e.note ? `<p class="note"><strong>Note:</strong> ${escapeHtml(e.note).replace(/\n/g, '<br>')}</p>` : '',
    facts ? `<dl>${facts}</dl>` : '',
    `<p class="cite"><span class="n">[${n}]</span> ${escapeHtml(citeSource(e))}. <code>${escapeHtml(citeLocation(e))}</code>.${open}</p>`,
    '</article>',
  ]
    .filter(Boolean)
    .join('\n');
}

function ctx(text: string, side: 'before' | 'after'): string {
  if (!text) return '';
  return `<span class="ctx">${side === 'before' ? '… ' : ''}${escapeHtml(text)}${side === 'after' ? ' …' : ''}</span>`;
}

const CSS = `
body{font:15px/1.5 Georgia,serif;color:#111;max-width:52rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.7rem;margin-bottom:.2rem}h2{font-size:1.25rem;border-bottom:1px solid #ccc;margin-top:2rem}
.summary,.origin{color:#555;margin:.2rem 0}.charts figure{margin:1.5rem 0}figcaption{font:600 .9rem sans-serif}
svg{max-width:100%;height:auto}
.excerpt{border-left:4px solid #4b5563;padding:.2rem 0 .2rem 1rem;margin:1.2rem 0;break-inside:avoid}
blockquote{margin:0;font-style:italic;white-space:pre-wrap}.ctx{color:#666;font-style:normal}
mark{background:#fef3c7;color:inherit}.note{margin:.4rem 0}
dl{display:grid;grid-template-columns:max-content 1fr;gap:0 .8rem;margin:.4rem 0;font:.85rem sans-serif}
dt{font-weight:600}dd{margin:0}.cite{font:.8rem sans-serif;color:#444}.cite code{font-size:.75rem}
.n{font-weight:700}
.legend{font:.8rem sans-serif;color:#444}.key{margin-right:.8rem;white-space:nowrap}
.swatch{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:-1px;border-radius:2px}
@media print{body{margin:0;max-width:none;font-size:11pt}a{color:inherit;text-decoration:none}
h2{break-after:avoid}.charts{break-inside:avoid}}
`.trim();
