import type { Citation, Excerpt } from '../../../shared/model/export';

/**
 * Citation text shared by every writer, so a Markdown footnote, a CSV row, a DOCX footnote and the
 * clipboard all name a passage the same way.
 */

/** "Outlet, “Title”, 2025-12-02 (date from dateline)" — the human part of a citation. */
export function citeSource(e: Excerpt): string {
  const parts = [e.source.outlet || 'Unknown outlet', `“${e.source.title || e.source.path}”`];
  parts.push(e.source.date ? `${e.source.date} (date from ${e.source.dateSource})` : 'undated');
  if (e.entry) parts.push(`live entry ${e.entry.timestamp}`);
  return parts.join(', ');
}

/** "path, chars 120–180, sha256 0123abcd…" — the machine part that finds the passage again. */
export function citeLocation(e: Excerpt): string {
  const story = e.source.story > 1 ? ` (story ${e.source.story})` : '';
  return `${e.source.path}${story}, chars ${e.start}–${e.end}, sha256 ${e.contentHash.slice(0, 12)}`;
}

/** A one-line plain-text citation with the link. */
export function citePlain(e: Excerpt): string {
  const state = e.state === 'anchored' ? '' : ` [${e.state}]`;
  return `${citeSource(e)}; ${citeLocation(e)}${state}. ${e.link}`;
}

/** The quick-copy citation (issue 9, item 5): the quote and where it came from, as Markdown and as text. */
export function formatCitation(e: Excerpt): Citation {
  const quoted = e.quote.replace(/\s+/g, ' ').trim();
  const markdown = `> ${escapeMarkdown(quoted)}\n\n— ${escapeMarkdown(citeSource(e))}; \`${citeLocation(e).replace(/`/g, "'")}\` ([open in Dossier](<${e.link}>))\n`;
  const text = `“${quoted}” — ${citePlain(e)}\n`;
  return { markdown, text };
}

/** Escapes characters Markdown would interpret, so quoted news text reads literally. */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/[\\`*_[\]<>#|~&]/g, (c) => `\\${c}`)
    .replace(/^([-+=])(\s)/gm, '\\$1$2')
    .replace(/^(\d+)\.(\s)/gm, '$1\\.$2');
}
