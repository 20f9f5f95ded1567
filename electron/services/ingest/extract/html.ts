import { z } from 'zod';
import type { ArticleMeta } from '../article/parse-article';
import { loadModule } from './load-module';
import { ExtractError, type Extracted } from './types';

/** The few DOM members the extractor touches (linkedom implements them; no DOM lib in this tsconfig). */
interface Node {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<Node>;
  getAttribute?(name: string): string | null;
  remove?(): void;
}
interface Doc extends Node {
  querySelectorAll(selector: string): ArrayLike<Node>;
  querySelector(selector: string): Node | null;
}

const Linkedom = z.object({
  parseHTML: z.custom<(html: string) => { document: Doc }>((v) => typeof v === 'function'),
});
const ReadabilityModule = z.object({
  Readability: z.custom<new (doc: Doc, options?: object) => { parse(): unknown }>(
    (v) => typeof v === 'function',
  ),
});
const ReadabilityResult = z
  .object({ title: z.string().nullish(), content: z.string().nullish(), siteName: z.string().nullish() })
  .nullable();

// Elements whose content is never article text. Scripts are removed before anything else: linkedom never
// executes them, and removing them keeps their source out of the text.
const DROP =
  'script,style,noscript,template,iframe,object,embed,svg,math,canvas,form,button,select,img,picture,video,audio,source,link,meta';
const BLOCK = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'BLOCKQUOTE',
  'FIGCAPTION',
  'FIGURE',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'TABLE',
  'TR',
  'PRE',
  'BR',
  'HR',
  'DT',
  'DD',
  'MAIN',
  'NAV',
]);

/**
 * Main text of a saved web page, Readability-style (@mozilla/readability over linkedom): scripts never run,
 * links and images are dropped (only their text stays), one paragraph per line. Title, date and outlet come
 * from og:/article: meta, JSON-LD or <time>; the title is the first line so offsets cover it.
 */
export async function extractHtml(html: string): Promise<Extracted> {
  const { parseHTML } = Linkedom.parse(await loadModule('linkedom'));
  const { Readability } = ReadabilityModule.parse(await loadModule('@mozilla/readability'));
  const { document } = parseHTML(html);
  const meta = readMeta(document);
  for (const el of Array.from(document.querySelectorAll(DROP))) el.remove?.();
  let body = '';
  try {
    const result = ReadabilityResult.parse(new Readability(document, { charThreshold: 200 }).parse());
    if (result?.content)
      body = blockText(
        parseHTML(`<html><body>${result.content}</body></html>`).document.querySelector('body'),
      );
    meta.title ??= result?.title ?? undefined;
    meta.outlet ??= result?.siteName ?? undefined;
  } catch (e) {
    throw new ExtractError(
      'parse-error',
      `the page could not be read (${e instanceof Error ? e.message : String(e)})`,
    );
  }
  if (!body.trim()) body = blockText(document.querySelector('body'));
  const title = meta.title?.trim();
  const startsWithTitle = title && body.trimStart().startsWith(title);
  return { text: `${title && !startsWithTitle ? `${title}\n\n` : ''}${body.trim()}\n`, meta };
}

function readMeta(doc: Doc): ArticleMeta {
  const attr = (sel: string) => doc.querySelector(sel)?.getAttribute?.('content')?.trim() || undefined;
  const ld = jsonLd(doc);
  const published =
    attr('meta[property="article:published_time"]') ??
    attr('meta[name="article:published_time"]') ??
    attr('meta[itemprop="datePublished"]') ??
    ld.date ??
    doc.querySelector('time[datetime]')?.getAttribute?.('datetime') ??
    undefined;
  const date = published ? /^(\d{4}-\d{2}-\d{2})/.exec(published)?.[1] : undefined;
  const titleTag = doc.querySelector('title')?.textContent?.trim();
  return {
    title:
      attr('meta[property="og:title"]') ??
      ld.title ??
      doc.querySelector('h1')?.textContent?.trim() ??
      titleTag,
    date,
    dateSource: date ? 'meta' : undefined,
    outlet: attr('meta[property="og:site_name"]') ?? ld.publisher,
  };
}

const LdSchema = z.object({
  headline: z.string().optional(),
  datePublished: z.string().optional(),
  publisher: z.object({ name: z.string().optional() }).optional(),
});

function jsonLd(doc: Doc): {
  title?: string | undefined;
  date?: string | undefined;
  publisher?: string | undefined;
} {
  for (const el of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const raw: unknown = JSON.parse(el.textContent ?? '');
      const parsed = LdSchema.safeParse(Array.isArray(raw) ? raw[0] : raw);
      if (parsed.success)
        return {
          title: parsed.data.headline,
          date: parsed.data.datePublished,
          publisher: parsed.data.publisher?.name,
        };
    } catch {
      // A broken JSON-LD block is ignored: the page text still counts.
    }
  }
  return {};
}

/** Text of a node with one line per block element and whitespace inside a block collapsed. */
function blockText(root: Node | null): string {
  if (!root) return '';
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const t = current.replace(/\s+/g, ' ').trim();
    if (t) lines.push(t);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const block = BLOCK.has(node.nodeName.toUpperCase());
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return lines.join('\n\n');
}
