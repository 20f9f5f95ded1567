import type { TextRange } from '../../../../shared/model/document';

/** A sentence or list item of a story, with offsets into the file's canonical text. */
export interface TextUnit {
  start: number;
  end: number;
  text: string;
  /** True for a bulleted or numbered line. */
  listItem: boolean;
  /** The unit (usually ending with ':') that introduces the list this item belongs to, if any. */
  intro: TextUnit | null;
}

const LIST_MARK = /^\s*(?:[-–—•*▪●◦]|\(?\d{1,2}[.)]|\(?[a-h][.)])\s+/;

/**
 * Abbreviations that end with a full stop but do not end a sentence in news copy. Lower-cased, without
 * the final dot; single capital letters (initials, "U.S.") are handled separately.
 */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'gen',
  'lt',
  'col',
  'sgt',
  'gov',
  'sen',
  'rep',
  'prof',
  'jr',
  'sr',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'no',
  'vs',
  'etc',
  'inc',
  'corp',
  'ltd',
  'co',
  'approx',
  'est',
  'fig',
  'pp',
  'p',
  'vol',
]);

/**
 * Splits [range.start, range.end) of `text` into sentences and list items, never crossing or including
 * an `exclude` range (site furniture). Lines are hard boundaries: news copy puts one paragraph, heading
 * or list item per line, and a heading without a full stop must not run into the next paragraph.
 */
export function splitUnits(text: string, range: TextRange, exclude: readonly TextRange[]): TextUnit[] {
  const units: TextUnit[] = [];
  let intro: TextUnit | null = null;
  for (const segment of keptSegments(range, exclude)) {
    let lineStart = segment.start;
    while (lineStart < segment.end) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0 || lineEnd > segment.end) lineEnd = segment.end;
      const line = text.slice(lineStart, lineEnd);
      if (line.trim() === '') {
        // A blank line ends a list only when the next line is not another item (lists are often spaced).
        lineStart = lineEnd + 1;
        continue;
      }
      // Markdown tables and code fences are data, not prose.
      if (/^\s*(?:\||```)/.test(line)) {
        intro = null;
        lineStart = lineEnd + 1;
        continue;
      }
      const isItem = LIST_MARK.test(line);
      if (isItem) {
        // The bullet is layout, not text: the unit (and so the cited quote) starts after it.
        const marker = LIST_MARK.exec(line)?.[0].length ?? 0;
        const unit = trimUnit(text, lineStart + marker, lineEnd, true, intro);
        if (unit) units.push(unit);
      } else {
        intro = null;
        const sentences = splitSentences(text, lineStart, lineEnd);
        for (const s of sentences) units.push(s);
        const last = sentences[sentences.length - 1];
        if (last && /:\s*$/.test(last.text)) intro = last;
      }
      lineStart = lineEnd + 1;
    }
  }
  return units;
}

function keptSegments(range: TextRange, exclude: readonly TextRange[]): TextRange[] {
  const sorted = [...exclude].sort((a, b) => a.start - b.start);
  const out: TextRange[] = [];
  let at = range.start;
  for (const ex of sorted) {
    if (ex.end <= at || ex.start >= range.end) continue;
    if (ex.start > at) out.push({ start: at, end: ex.start });
    at = Math.max(at, ex.end);
  }
  if (at < range.end) out.push({ start: at, end: range.end });
  return out;
}

function splitSentences(text: string, start: number, end: number): TextUnit[] {
  const out: TextUnit[] = [];
  const boundary = /[.!?]+["”’)\]]*\s+(?=["“‘(]?[A-Z0-9])/g;
  const line = text.slice(start, end);
  let from = 0;
  for (let m = boundary.exec(line); m; m = boundary.exec(line)) {
    const word = wordBeforeDot(line, from, m.index);
    if (word && (ABBREVIATIONS.has(word.toLowerCase()) || /^[A-Z]$/.test(word))) continue;
    const cut = m.index + m[0].trimEnd().length;
    const unit = trimUnit(text, start + from, start + cut, false, null);
    if (unit) out.push(unit);
    from = m.index + m[0].length;
  }
  const rest = trimUnit(text, start + from, end, false, null);
  if (rest) out.push(rest);
  return out;
}

/**
 * The run of ASCII letters just before a full stop at `dot`, not reaching before `from` ("Mr" of
 * "Mr."), or undefined when `dot` is not a full stop or no letter precedes it. Scanning back beats
 * slicing the sentence so far and matching it with a regex at every boundary.
 */
function wordBeforeDot(line: string, from: number, dot: number): string | undefined {
  if (line.charCodeAt(dot) !== 46) return undefined;
  let i = dot;
  while (i > from && isAsciiLetter(line.charCodeAt(i - 1))) i--;
  return i < dot ? line.slice(i, dot) : undefined;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function trimUnit(
  text: string,
  start: number,
  end: number,
  listItem: boolean,
  intro: TextUnit | null,
): TextUnit | null {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (end - start < 3) return null;
  return { start, end, text: text.slice(start, end), listItem, intro };
}
