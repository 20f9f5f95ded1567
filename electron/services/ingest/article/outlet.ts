/**
 * Outlet names: from a masthead line, a credit ("© The Northern Ledger 2025", "Stay with Capital Post for
 * live updates", "Follow the Kyiv Morning Herald on Telegram", "(Pacific Wire Service)") or a dateline's
 * agency credit. Never invented: when nothing names the outlet, callers use `unknown`.
 */

const COPYRIGHT =
  /^(?:copyright\s*)?(?:©|\(c\))\s*(?:copyright\s*)?(?:\d{4}\s+)?(.{2,60}?)(?:\s+\d{4})?\s*(?:\.|,|\||$)/iu;
const COPYRIGHT_WORD = /^copyright\s+(?:\d{4}\s+)?(.{2,60}?)(?:\s+\d{4})?\s*(?:\.|,|\||$)/iu;
const STAY_WITH = /^stay with (?:the )?(.{2,60}?) for (?:live )?updates/iu;
const FOLLOW_ON =
  /^follow (?:the )?(.{2,60}?) on (?:whatsapp|telegram|social media|x|twitter|facebook|instagram|google news)/iu;
const FOLLOWS_CODE = /^(.{2,60}?) follows the .{2,40} code\b/iu;
const PAREN_CREDIT = /^\(([\p{Lu}][\p{L}&.' -]{1,40})(?:\s*\/.*)?\)$/u;
// Company-form suffixes that follow an outlet name in copyright lines.
const SUFFIX =
  /\s+(?:internet ventures|media group|media|group|ltd\.?|limited|inc\.?|llc|plc|gmbh|s\.a\.|all rights reserved)\.?$/i;

/** An outlet named by a credit line, or null. `strength` orders credits: copyright beats a follow link. */
export function outletFromCredit(
  line: string,
  isDateLine = false,
): { name: string; strength: number } | null {
  // "The Eastern Standard | Wednesday, 17 December 2025 | By Marta Zielińska": the first part names it.
  if (isDateLine && line.includes('|')) {
    const first = line.split('|')[0]!.trim();
    if (
      first &&
      !/\d/.test(first) &&
      !/^by\s/i.test(first) &&
      first.split(/\s+/).length <= 6 &&
      isName(first)
    )
      return { name: first, strength: 2 };
  }
  const c = COPYRIGHT.exec(line) ?? COPYRIGHT_WORD.exec(line);
  if (c?.[1]) {
    const name = stripSuffix(c[1]);
    if (isName(name)) return { name, strength: 3 };
  }
  for (const [re, strength] of [
    [STAY_WITH, 2],
    [FOLLOW_ON, 2],
    [FOLLOWS_CODE, 2],
    [PAREN_CREDIT, 1],
  ] as const) {
    const m = re.exec(line);
    if (m?.[1] && isName(m[1].trim())) return { name: m[1].trim(), strength };
  }
  return null;
}

/** The outlet a masthead line names: section labels and "— LIVE" cut off, capitals fixed from `text`. */
export function outletFromMasthead(line: string, text: string): string {
  let name = line.split(/\s+[|—–]\s+|\s{2,}\|\s{2,}/)[0] ?? line;
  name = name
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/\s+(?:live|online)$/i, '')
    .trim();
  return fixCase(name, text);
}

/** An acronym credit ("BNA") expanded when the text spells it out ("Bosphorus News Agency (BNA)"). */
export function expandAcronym(acronym: string, text: string): string {
  if (!/^[A-Z]{2,6}$/.test(acronym)) return acronym;
  const head = text.slice(0, 200_000);
  const at = head.indexOf(`(${acronym})`);
  if (at > 0) {
    const before =
      head
        .slice(Math.max(0, at - 80), at)
        .split('\n')
        .pop()
        ?.trim() ?? '';
    const words = before.split(/\s+/).slice(-acronym.length);
    const initials = words.map((w) => w[0]?.toUpperCase()).join('');
    if (initials === acronym) return fixCase(words.join(' '), text);
  }
  return acronym;
}

/**
 * An all-capitals name is shown as the text spells it elsewhere ("ABN NEWS" → "ABN News"), else in
 * title case with short acronyms kept ("BALTIC DISPATCH" → "Baltic Dispatch").
 */
export function fixCase(name: string, text: string): string {
  const letters = name.replace(/[^\p{L}]/gu, '');
  if (letters !== letters.toUpperCase() || letters.length === 0) return name;
  const head = text.slice(0, 200_000);
  const lower = head.toLowerCase();
  const needle = name.toLowerCase();
  let at = lower.indexOf(needle);
  let fallback: string | null = null;
  while (at !== -1) {
    const found = head.slice(at, at + name.length);
    if (found !== found.toUpperCase()) {
      // "the Continental Review's" mid-sentence: keep the spelling, capitalise the first letter.
      if (/^\p{Lu}/u.test(found)) return found;
      fallback ??= found.charAt(0).toUpperCase() + found.slice(1);
    }
    at = lower.indexOf(needle, at + 1);
  }
  if (fallback) return fallback;
  // Outside Latin script, names are written in sentence case ("Вечерний обозреватель").
  if (!/[A-Za-z]/.test(name)) return name.charAt(0) + name.slice(1).toLowerCase();
  return name
    .split(/\s+/)
    .map((w, i) => titleWord(w, i))
    .join(' ');
}

const SMALL = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'at', 'de', 'la', 'du']);
const COMMON_SHORT = new Set([
  'THE',
  'OF',
  'AND',
  'FOR',
  'ON',
  'IN',
  'AT',
  'NEW',
  'SUN',
  'DAY',
  'WAR',
  'BAY',
]);

function titleWord(w: string, i: number): string {
  const lower = w.toLowerCase();
  if (i > 0 && SMALL.has(lower)) return lower;
  // Short capitals that are not common words are acronyms (ABN, BBC, TV).
  if (w.length <= 3 && !COMMON_SHORT.has(w)) return w;
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

function stripSuffix(s: string): string {
  let out = s.trim().replace(/[.,]$/, '');
  for (let i = 0; i < 2; i++) out = out.replace(SUFFIX, '').trim();
  return out;
}

function isName(s: string): boolean {
  if (s.length < 2 || s.length > 60) return false;
  if (/^(?:agencies|staff|wires?|reuters staff|the author|author)$/i.test(s)) return false;
  if (/^with\b|^reporting\b|^editing\b/i.test(s)) return false;
  return /^\p{Lu}/u.test(s) || /^the\s/i.test(s);
}
