import { AGENCIES } from './lexicon';

/** A story as the recogniser sees it: bounds, furniture ranges and outlet. Offsets into canonical text. */
export interface StoryInput {
  start: number;
  end: number;
  boilerplate: ReadonlyArray<{ start: number; end: number }>;
  outlet: string;
}

/** A place named by a dateline ("KYIV (Meridian Wire) —"): the dateline itself is not an entity. */
export interface DatelinePlace {
  start: number;
  end: number;
  text: string;
}

// Credits and bylines: names inside them are reporters and photographers, not actors of the story.
const CREDIT_PARENS =
  /\((?:\s*(?:additional\s+)?(?:reporting|editing|writing|photo|photos|photograph|picture|image|video|graphic|compiled|with inputs|source)\b)[^)\n]*\)/giu;
const CREDIT_LINES =
  /^[ \t]*(?:(?:(?:additional\s+)?reporting by|editing by|writing by|written by|compiled by|by)\b|(?:photo(?:graph)?s?|images?|credits?|sources?|pictures?)\s*:)[^\n]*$/gimu;
const PARENS = /\(([^()\n]{1,60})\)/gu;
// A dateline: capitals at the start of a line, an optional ", Nov 25" or ", Fla.", an optional
// "(Agency)", then a dash or colon. The capitals are places (split on "/"); the rest is masked.
const DATELINE =
  /^[ \t]*\(?((?:\p{Lu}[\p{Lu}.'’-]+)(?:[ /]\p{Lu}[\p{Lu}.'’-]+){0,3})\)?((?:,[ \t][^\n()—–:]{1,30}?)?[ \t]*(?:\([^)\n]{1,40}\))?\)?[ \t]*)(?:—|–|--|-|:)(?=[ \t])/gmu;

/**
 * Returns a copy of `text` where everything that must not yield entities is blanked with spaces
 * (newlines kept, so offsets stay exact): text outside stories, furniture, credit lines and
 * parentheses, agency names in parentheses and datelines (whose places are returned separately).
 */
export function maskText(
  text: string,
  stories: readonly StoryInput[],
): { masked: string; datelines: DatelinePlace[] } {
  const keep = new Uint8Array(text.length);
  for (const s of stories) keep.fill(1, s.start, Math.min(s.end, text.length));
  for (const s of stories) for (const b of s.boilerplate) keep.fill(0, b.start, Math.min(b.end, text.length));
  const blank = (start: number, end: number) => keep.fill(0, start, end);
  const outlets = new Set(stories.map((s) => s.outlet.toLowerCase()));
  for (const m of text.matchAll(CREDIT_PARENS)) blank(m.index, m.index + m[0].length);
  for (const m of text.matchAll(CREDIT_LINES)) blank(m.index, m.index + m[0].length);
  for (const m of text.matchAll(PARENS)) {
    const inner = (m[1] ?? '').trim().toLowerCase();
    const parts = inner.split(/\s*[/,;]\s*/);
    if (parts.some((p) => AGENCIES.has(p) || outlets.has(p))) blank(m.index, m.index + m[0].length);
  }
  const datelines: DatelinePlace[] = [];
  for (const m of text.matchAll(DATELINE)) {
    const caps = m[1] ?? '';
    const capsStart = m.index + m[0].indexOf(caps);
    // The whole dateline must be story body text (a dateline cut by furniture is not one).
    if (
      caps.replace(/[^\p{L}]/gu, '').length < 3 ||
      keep.subarray(capsStart, capsStart + caps.length).includes(0)
    )
      continue;
    let at = capsStart;
    for (const part of caps.split('/')) {
      const name = part.replace(/[.'’-]+$/u, '');
      if (name.length >= 2) datelines.push({ start: at, end: at + name.length, text: name });
      at += part.length + 1;
    }
    blank(capsStart, m.index + m[0].length);
  }
  let masked = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    masked += keep[i] || ch === '\n' ? ch : ' ';
  }
  return { masked, datelines };
}

/** Title case for an all-caps word sequence ("HALLANDALE BEACH" → "Hallandale Beach"). */
export function titleCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[\s/-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
