import type { FurnitureKind } from '../../../../shared/model/document';
import type { Classified } from './furniture';
import { isBodyLine, wordCount } from './lines';

/** What the top of a story holds: masthead, section labels, title and a repeated headline. */
export interface Header {
  /** Index of the title line, or -1 when the story has no headline-shaped line. */
  title: number;
  masthead: number;
  /** Index of the first paragraph of prose (the end of the header zone). */
  firstBody: number;
  /** Context kinds for header lines, by line start offset. */
  kinds: Map<number, FurnitureKind>;
}

/**
 * Reads the header zone (the lines above the first paragraph of prose). Candidates are the lines no
 * furniture rule claimed. A short first candidate followed by another is the masthead (the outlet); short
 * labels after it ("World", "ABN NEWS | WORLD", "Long read") are section labels; the next candidate is the
 * title, and a later copy of it is a `headline-repeat`.
 */
export function readHeader(
  lines: readonly Classified[],
  from: number,
  to: number,
  allowMasthead: boolean,
): Header {
  const kinds = new Map<number, FurnitureKind>();
  let firstBody = to;
  const candidates: number[] = [];
  for (let k = from; k < to; k++) {
    const c = lines[k]!;
    if (c.kind.type !== 'text') continue;
    if (isBodyLine(c.line)) {
      firstBody = k;
      break;
    }
    candidates.push(k);
  }
  let ci = 0;
  let masthead = -1;
  const first = candidates[0];
  if (
    allowMasthead &&
    first !== undefined &&
    candidates.length >= 2 &&
    looksLikeMasthead(lines[first]!.line.text) &&
    !isGenericSection(lines[first]!.line.text)
  ) {
    masthead = first;
    kinds.set(lines[first]!.line.start, 'metadata');
    ci = 1;
  }
  while (ci < candidates.length - 1 && isSectionLabel(lines[candidates[ci]!]!.line.text)) {
    kinds.set(lines[candidates[ci]!]!.line.start, 'metadata');
    ci++;
  }
  const title = candidates[ci] ?? -1;
  if (title !== -1) {
    const key = normalise(lines[title]!.line.text);
    for (const k of candidates.slice(ci + 1)) {
      if (normalise(lines[k]!.line.text) === key) kinds.set(lines[k]!.line.start, 'headline-repeat');
    }
  }
  return { title, masthead, firstBody, kinds };
}

/** Outlet-name shape: at most three words, or up to six in capitals or Title Case; no sentence ending. */
export function looksLikeMasthead(text: string): boolean {
  if (/[.!?:;,"”']$/.test(text)) return false;
  const head = (text.split(/\s+[|—–]\s+/)[0] ?? text).replace(/\s*\([^)]*\)\s*$/, '').trim();
  const words = wordCount(head);
  if (words === 0 || words > 6) return false;
  if (words <= 3) return true;
  const letters = head.replace(/[^\p{L}]/gu, '');
  if (letters === letters.toUpperCase()) return true;
  return head
    .split(/\s+/)
    .every((w) => /^[\p{Lu}\d&]/u.test(w) || /^(?:of|and|the|for|on|in|de|la)$/.test(w));
}

// Words that name a site section, never an outlet on their own ("World news", "Europe & World", "SPORT").
const SECTION_WORDS = new Set(
  (
    'world news international politics business economy sport sports opinion analysis europe asia africa ' +
    'americas middle east uk us national local culture science technology tech health live home latest ' +
    'breaking front line long read features explainer comment & and the |'
  ).split(' '),
);

/** True when every word of `text` is a generic section word (so it is a section label, not a masthead). */
export function isGenericSection(text: string): boolean {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((w) => SECTION_WORDS.has(w));
}

/** A section label: one to three words, or `A | B` parts of at most three words each. */
export function isSectionLabel(text: string): boolean {
  if (/[.!?:;,"”]$/.test(text)) return false;
  const parts = text.split(/\s*[|/]\s*/).filter(Boolean);
  return parts.length > 0 && parts.every((p) => wordCount(p) <= 3);
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').trim();
}
