import type { Classified } from './furniture';
import { isBodyLine, wordCount } from './lines';

/** Where a new story starts (a line index) and why the file was split there. */
export interface Split {
  index: number;
  reason: string;
}

/** Number of date-and-time lines standing alone: two or more make a live blog, which is never split. */
export function stampCount(lines: readonly Classified[]): number {
  let n = 0;
  for (const c of lines) if (c.kind.type === 'date' && c.kind.via === 'bare' && c.kind.hasTime) n++;
  return n;
}

/**
 * Finds the starts of further stories in a file. A new story needs all of: at least two paragraphs of
 * prose before it; a headline-shaped line followed, before any prose, by its own date line; and a visible
 * break before the headline (a section label, a separator, site furniture, or two blank lines) or a byline
 * under it. Subheadings of one long story have none of these, so one story is never cut in two.
 */
export function findSplits(lines: readonly Classified[]): Split[] {
  if (stampCount(lines) >= 2) return [];
  const splits: Split[] = [];
  let paragraphs = 0;
  for (let k = 0; k < lines.length; k++) {
    const c = lines[k]!;
    if (c.kind.type === 'text' && isBodyLine(c.line)) {
      paragraphs++;
      continue;
    }
    if (paragraphs < 2 || !isHeadlineShaped(c)) continue;
    const header = headerAfter(lines, k);
    if (!header.date) continue;
    const before = breakBefore(lines, k);
    // A byline or share buttons under the headline make a site header ("Updated …/Follow" blocks).
    if (!before.evidence && !header.byline && !header.social) continue;
    const title = c.line.text.length > 80 ? `${c.line.text.slice(0, 77)}…` : c.line.text;
    const why = before.label
      ? `a new headline block ("${title}") with its own date line, after the section label "${before.label}"`
      : `a new headline block ("${title}") with its own date line`;
    splits.push({ index: before.start, reason: why });
    paragraphs = 0;
  }
  return splits;
}

function isHeadlineShaped(c: Classified): boolean {
  if (c.kind.type !== 'text' || isBodyLine(c.line)) return false;
  const words = wordCount(c.line.text);
  return words >= 3 && words <= 30 && !/[.:;,]$/.test(c.line.text);
}

/** Looks under a headline for its date line, through at most four lines of byline, social or a deck. */
function headerAfter(
  lines: readonly Classified[],
  k: number,
): { date: boolean; byline: boolean; social: boolean } {
  let seen = 0;
  let byline = false;
  let social = false;
  for (let j = k + 1; j < lines.length && seen < 5; j++) {
    const c = lines[j]!;
    if (c.kind.type === 'blank') continue;
    seen++;
    if (c.kind.type === 'date') return { date: true, byline, social };
    if (c.kind.type === 'furniture') {
      if (c.kind.kind === 'byline') byline = true;
      if (c.kind.kind === 'social') social = true;
      continue;
    }
    if (c.kind.type === 'text' && isBodyLine(c.line)) break;
  }
  return { date: false, byline, social };
}

/** What separates a candidate headline from the prose above it, and where the new story starts. */
function breakBefore(
  lines: readonly Classified[],
  k: number,
): { evidence: boolean; start: number; label: string | null } {
  let blanks = 0;
  let start = k;
  let label: string | null = null;
  let evidence = false;
  for (let j = k - 1; j >= 0; j--) {
    const c = lines[j]!;
    if (c.kind.type === 'blank') {
      blanks++;
      continue;
    }
    if (c.kind.type === 'separator') {
      evidence = true;
      start = j;
      continue;
    }
    if (c.kind.type === 'text' && !isBodyLine(c.line) && wordCount(c.line.text) <= 3 && label === null) {
      label = c.line.text;
      evidence = true;
      start = j;
      continue;
    }
    if (c.kind.type === 'furniture' && c.kind.kind !== 'caption') evidence = true;
    break;
  }
  return { evidence: evidence || blanks >= 2, start, label };
}
