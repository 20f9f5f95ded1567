import DOMPurify from 'dompurify';
import { Marked } from 'marked';

/**
 * Notes are Markdown written by the analyst, but they may hold pasted article text, so they are treated
 * as untrusted (RELIABILITY-ANCHORS §1.3: every notes-app RCE was a sanitiser bypass in a privileged
 * renderer). The HTML is sanitised with an allow-list: no images (no network), no iframes, forms, styles
 * or event handlers; links only http(s)/mailto and they open nothing by themselves (navigation is denied
 * by the shell).
 */
const ALLOWED_TAGS = [
  'p',
  'br',
  'strong',
  'em',
  'del',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Raw HTML in a note is shown as text, and images as their alt text: so the sanitiser never even
 * parses an `<img onerror>` (Chromium reports inline handlers to the CSP while parsing inert documents).
 */
const md = new Marked({
  gfm: true,
  breaks: true,
  renderer: {
    html: ({ text }) => escapeHtml(text),
    image: ({ text }) => escapeHtml(text),
  },
});

/** Markdown → sanitised HTML, safe for `dangerouslySetInnerHTML`. */
export function renderNote(markdown: string): string {
  const html = md.parse(markdown, { async: false });
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href', 'title'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  });
}
