import type { FurnitureKind } from '../../../../shared/model/document';
import { findDate } from './dates';

/** One line of canonical text: [start, end) excludes the `\n`; `text` is the trimmed content. */
export interface Line {
  start: number;
  end: number;
  text: string;
}

/** What a single line is, judged on its own (context rules live in header.ts and furniture.ts). */
export type LineKind =
  | { type: 'blank' }
  | { type: 'date'; via: 'meta' | 'published' | 'updated' | 'bare'; iso: string; hasTime: boolean }
  | { type: 'furniture'; kind: FurnitureKind; opensBlock?: boolean }
  | { type: 'separator' }
  | { type: 'text' };

/** Lines longer than this are prose whatever they contain: furniture tests never run on them. */
export const MAX_FURNITURE_LINE = 300;

/** Splits `text[from, to)` into lines with their offsets (linear; no regex over the whole text). */
export function splitLines(text: string, from = 0, to = text.length): Line[] {
  const out: Line[] = [];
  let start = from;
  while (start <= to) {
    let end = text.indexOf('\n', start);
    if (end === -1 || end > to) end = to;
    const raw =
      end - start > MAX_FURNITURE_LINE * 4 ? text.slice(start, start + 2000) : text.slice(start, end);
    out.push({ start, end, text: raw.trim() });
    if (end >= to) break;
    start = end + 1;
  }
  return out;
}

/** Number of whitespace-separated words (bounded work: callers pass short lines). */
export function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** A paragraph of prose: a long line, or a sentence-length line that ends like a sentence. */
export function isBodyLine(line: Line): boolean {
  const t = line.text;
  if (line.end - line.start >= 220) return true;
  const words = wordCount(t);
  if (words < 12) return false;
  // A sentence ends in . ! … or a closing quote/bracket after one; a headline may end in a quoted phrase
  // or a question, so those count only for long lines.
  if (/(?:[.!…]|[.!?,…]["”»'’)])$/.test(t)) return true;
  return words >= 25 && /[?"”»'’)]$/.test(t);
}

const META_DATE = /^date\s*[:=]?\s*(\d{4}-\d{2}-\d{2})$/i;
const UPDATED = /^(?:last\s+)?(?:updated|modified|обновлено)\b\s*(?:on\b|at\b)?\s*:?\s*/iu;
const PUBLISHED = /^(?:first\s+)?(?:published|posted|опубликовано)\b\s*(?:on\b|at\b)?\s*:?\s*/iu;
const WEEKDAY = /^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+/i;
// "Published: 12:30 PM, December 3, 2025": a time printed before the date.
const TIME_FIRST = /^\d{1,2}[:.]\d{2}(?![.\d])\s*(?:[ap]\.?\s*m\.?)?\s*(?:[A-Z]{2,4}\b)?\s*[,·|]?\s*/i;
const TIME_TAIL =
  /^(?:[,·|•-]|\bat\b|\s)*(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s*m\.?)?(?:\s+[A-Z]{2,4})?)?\s*(?:года|г\.)?\s*$/iu;

/** A line that is only a date (with optional weekday, time and zone), or a Published/Updated line. */
function dateLine(t: string): LineKind | null {
  if (t.length > 160) return null;
  // "Gulf Chronicle | Tuesday 16 December 2025 | Print edition": a credit line with a date part.
  if (t.includes('|')) {
    for (const part of t.split('|')) {
      const d = part.trim() ? dateLine(part.trim()) : null;
      if (d) return d;
    }
    return null;
  }
  if (t.length > 80) return null;
  const meta = META_DATE.exec(t);
  if (meta) return { type: 'date', via: 'meta', iso: meta[1]!, hasTime: false };
  let via: 'published' | 'updated' | 'bare' = 'bare';
  let rest = t;
  const up = UPDATED.exec(rest);
  const pub = up ? null : PUBLISHED.exec(rest);
  if (up) {
    via = 'updated';
    rest = rest.slice(up[0].length);
  } else if (pub) {
    via = 'published';
    rest = rest.slice(pub[0].length);
  }
  rest = rest.replace(TIME_FIRST, '').replace(WEEKDAY, '');
  const found = findDate(rest);
  if (!found || found.index > 1) return null;
  const tail = rest.slice(found.index + found.length);
  if (!TIME_TAIL.test(tail)) return null;
  return { type: 'date', via, iso: found.iso, hasTime: /\d[:.]\d\d/.test(tail) };
}

const GALLERY = /^(?:(?:image|photo|picture|slide)\s+)?\d{1,3}\s*(?:\/|of)\s*\d{1,3}$/i;
const CAPTION =
  /^(?:photo|image|picture|pictured|caption|file photo|фото)\s*:|^image (?:source|caption)\s*[,:]|^(?:getty images|afp|ap|reuters|epa|afp via getty images|shutterstock)$|\((?:photo|image|picture|credit|фото)\b[^()]{0,80}\)\s*$|\b(?:photo|photograph|credit):\s*[^.]{2,60}$|\/\s*(?:getty images|afp|ap|reuters|epa)\s*\)?$/iu;
// A line made only of share/follow buttons: "Share   Short Url", "Share | Print | Copy link", "Share Copy link".
const SOCIAL_TOKENS =
  /^(?:(?:follow(?: us)?|share(?: this(?: article| story| live blog| page)?| on (?:whatsapp|x|twitter|facebook|linkedin|telegram|email))?|copy link|copy url|short url|print|email|e-mail|tweet|comments?|save(?: article)?|listen|whatsapp|telegram|facebook|twitter|linkedin|x)\s*(?:[|·•/,]\s*)?)+$/i;
const SOCIAL_LINE =
  /^(?:follow (?:the |us |.{2,40} )?on (?:whatsapp|telegram|social media|x|twitter|facebook|instagram|google news)|share this (?:article|story|live blog|page)|sign up (?:to|for) .{0,60}newsletter|subscribe to .{0,60}|skip to (?:main )?content|story continues (?:below|after) (?:this )?advertisement|continue reading|sign in(?: \| subscribe)?|subscribe|advertisement|advert|sponsored|stay with .{2,60} for (?:live )?updates.*|listen to this article.*)\.?$/iu;
const RELATED_HEADER =
  /^(?:recommended(?: for you)?|trending(?: stories| now)?|top stories|most read|most popular|most viewed|related(?: stories| articles| coverage| content)?|more (?:from|on|in) .{2,40}|more stories|further reading|read (?:also|more|next)|see also|you may also like|editor'?s picks|latest(?: news| stories)?|popular|also read|what to read next|читайте также|по теме)\s*:?$/iu;
const RELATED_ITEM =
  /(?:\b\d{1,2}\s*(?:min|minute)s?\.?\s+read|^read more\s*:.+|^read also\s*:.+|^also read\s*:.+|^related\s*:.+|^continued on page .+|^see also\s*:.+)$/iu;
const FOOTER_START =
  /^(?:©|\(c\)\s|copyright\b|all rights reserved|reprints?\b|corrections?\s*:|correction\b.{0,20}:|our standards\b|editorial (?:standards|guidelines)|found an error|the views expressed|this article (?:was|has been) (?:amended|corrected|updated)|an earlier version of this (?:article|story))/iu;
// Footer phrases found anywhere in a short line; plain substring tests (a `.*x.*` regex per line costs
// quadratic time on long lines).
const FOOTER_PHRASES = [
  'all rights reserved',
  'reprints & permissions',
  'reprints and permissions',
  'code of practice',
  'code of conduct',
  'creative commons',
];
const FOLLOWS_CODE = /\bfollows the .{2,40} code\b/i;

function isFooter(t: string): boolean {
  if (t.length >= 200) return false;
  if (FOOTER_START.test(t)) return true;
  const lower = t.toLowerCase();
  if (FOOTER_PHRASES.some((p) => lower.includes(p))) return true;
  return lower.includes(' code') && lower.includes('follows the') && FOLLOWS_CODE.test(t);
}

const BYLINE =
  /^(?:[Bb]y|[Rr]eported by|[Ww]ritten by|[Ww]ords by|[Оо]т|[Аа]втор:?)\s+\p{Lu}.{0,100}$|^[—–-]\s*[Bb]y\s+.{2,100}$|^\((?:[\p{Lu}][\p{L}&.' -]{1,40}(?:\s*\/\s*[\p{Lu}][\p{L}&.' -]{1,40})?)\)$/u;
// Reporting credits close a wire story: "(Reporting by …; Editing by …)", "X contributed to this report".
const CREDIT =
  /^\((?:reporting|writing|editing|compiled|additional reporting|with inputs|with reporting)\b.{0,300}\)$|^(?:reporting|writing|editing|compiled) by .{2,200}$|^.{2,80}\bcontributed (?:to )?(?:this|the) report\.?$/i;
const CHROME =
  /^(?:home|main)\s*(?:>|›|»|\/)\s*.+|^.+\s(?:>|›|»)\s.+\s(?:>|›|»)\s.+$|^live(?: updates| blog| coverage)?$|^tags?\s*:.*|^topics?\s*:.*|^(?:established|founded|est\.)\s+(?:in\s+)?\d{4}$|^.{2,60}\bsince \d{4}$|^listen\s*\(\d+ min\)$/iu;
const SEPARATOR = /^(?:[*\-—–_=~#•·]\s*){3,}$/;

/** Classifies one line by its own content (furniture is only recognised on short lines). */
export function classifyLine(line: Line): LineKind {
  const t = line.text;
  if (!t) return { type: 'blank' };
  if (line.end - line.start > MAX_FURNITURE_LINE) return { type: 'text' };
  const date = dateLine(t);
  if (date) return date;
  if (SEPARATOR.test(t)) return { type: 'separator' };
  if (GALLERY.test(t)) return { type: 'furniture', kind: 'gallery-counter' };
  if (isFooter(t)) return { type: 'furniture', kind: 'footer' };
  if (RELATED_HEADER.test(t)) return { type: 'furniture', kind: 'related-links', opensBlock: true };
  if (RELATED_ITEM.test(t)) return { type: 'furniture', kind: 'related-links' };
  if (SOCIAL_LINE.test(t) || (t.length <= 80 && SOCIAL_TOKENS.test(t)))
    return { type: 'furniture', kind: 'social' };
  if (CHROME.test(t)) return { type: 'furniture', kind: 'metadata' };
  if (BYLINE.test(t) || CREDIT.test(t)) return { type: 'furniture', kind: 'byline' };
  if (CAPTION.test(t)) return { type: 'furniture', kind: 'caption' };
  return { type: 'text' };
}
