import type { ArticleMeta } from '../article/parse-article';

/** Markdown with its YAML front matter read as metadata and blanked (same length) for the grammar. */
export interface MarkdownParts {
  meta: ArticleMeta;
  /** [0, end) of the front matter block including its closing `---` line; 0 when there is none. */
  frontMatterEnd: number;
  /** The text with the front matter replaced by spaces (newlines kept), so offsets stay true. */
  body: string;
}

const OPEN = /^---[ \t]*\n/;
const CLOSE = /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/**
 * Reads a leading `---` … `---` block of `key: value` lines (a YAML subset: scalars, quoted strings; lists
 * are skipped). Unknown keys are ignored; a missing or malformed block leaves the text to the grammar.
 */
export function readMarkdown(text: string): MarkdownParts {
  if (!OPEN.test(text)) return { meta: {}, frontMatterEnd: 0, body: text };
  const close = CLOSE.exec(text.slice(3, 64 * 1024));
  if (!close) return { meta: {}, frontMatterEnd: 0, body: text };
  const end = 3 + close.index + close[0].length;
  const block = text.slice(0, end);
  const fields = new Map<string, string>();
  for (const line of block.split('\n')) {
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (m?.[1] && m[2]) fields.set(m[1].toLowerCase(), unquote(m[2].trim()));
  }
  const date = fields.get('date') ?? fields.get('published') ?? fields.get('created');
  const iso = date ? /^(\d{4}-\d{2}-\d{2})/.exec(date)?.[1] : undefined;
  const meta: ArticleMeta = {
    title: fields.get('title') || undefined,
    date: iso,
    dateSource: iso ? 'frontmatter' : undefined,
    outlet:
      fields.get('outlet') ||
      fields.get('publisher') ||
      fields.get('source') ||
      fields.get('site') ||
      undefined,
  };
  const body = block.replace(/[^\n]/g, ' ') + text.slice(end);
  return { meta, frontMatterEnd: end - (block.endsWith('\n') ? 1 : 0), body };
}

function unquote(v: string): string {
  if (v.length >= 2 && ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))))
    return v.slice(1, -1).replace(/\\"/g, '"');
  return v;
}
