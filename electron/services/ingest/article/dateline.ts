import { parseDayMonth, type YearFor } from './dates';

/** A dateline at the start of a paragraph: `KYIV (Meridian Wire) —`, `(NEW YORK) --`, `MOSCOW:`. */
export interface Dateline {
  /** The place as printed, e.g. "BRUSSELS" or "HALLANDALE BEACH, Fla.". */
  place: string;
  /** A credit in parentheses ("Meridian Wire", "BNA"), when there is one. */
  agency: string | null;
  /** The day the dateline names, completed with `year` when it prints none. */
  date: string | null;
  /** Length of the dateline prefix, including its dash or colon. */
  length: number;
}

// Place: capitals (any script), spaces, dots, slashes, hyphens, apostrophes; optional ", Region" in mixed
// case; then optional ", <date>", optional "(Agency)", then the separator. Only the first 160 characters of
// a paragraph are tested, so the optional groups cannot backtrack far.
const PLACE = String.raw`(\p{Lu}[\p{Lu}\p{M}.'’/ -]{1,40}?)(?:,\s*(\p{Lu}[\p{L}.]{1,15}(?:\s\p{Lu}[\p{L}.]{1,15})?))?`;
const tail = (sep: string) =>
  String.raw`(?:,\s*([\p{L}\d .]{3,30}?))?\s*(?:\(([^()]{2,40})\))?\s*(${sep})\s+(?=[\p{L}\d"“«'])`;
const DASHES = '—|–|--|-|:';
const PLAIN = new RegExp(`^${PLACE}${tail(DASHES)}`, 'u');
const BRACKETED = new RegExp(`^\\(${PLACE}\\)${tail(DASHES)}`, 'u');
// "ЖЕНЕВА. Российские…": a period after a place in capitals, tried only when no dash form matched.
const PERIOD = new RegExp(`^${PLACE}${tail('\\.')}`, 'u');

/** Parses a dateline at the start of `paragraph`; null when the paragraph does not open with one. */
export function parseDateline(paragraph: string, yearFor: YearFor | null): Dateline | null {
  const head = paragraph.slice(0, 160);
  const m = BRACKETED.exec(head) ?? PLAIN.exec(head) ?? PERIOD.exec(head);
  if (!m) return null;
  const [whole, rawPlace, region, datePart, agency, sep] = m;
  const place = (rawPlace ?? '').trim();
  if (!isCapsPlace(place)) return null;
  // "NATO." or "US:" at a paragraph start is prose, not a dateline: a period or colon needs a long place
  // name in capitals (MOSCOW:, ЖЕНЕВА.) with nothing else in between.
  if ((sep === '.' || sep === ':') && (place.length < 4 || agency || datePart || region)) return null;
  if (sep === '.' && !/^[\p{Lu}\p{M} -]+$/u.test(place)) return null;
  const date = datePart ? parseDayMonth(datePart, yearFor) : null;
  // A date part that is not a date ("KYIV, Ukraine's capital -") means this is prose, not a dateline.
  if (datePart && !date && !/\d/.test(datePart)) return null;
  return {
    place: region ? `${place}, ${region}` : place,
    agency: agency?.trim() ?? null,
    date,
    length: whole.length,
  };
}

function isCapsPlace(place: string): boolean {
  const letters = place.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2) return false;
  if (letters !== letters.toUpperCase()) return false;
  // Acronyms that open sentences ("US", "UN", "EU") are not places on their own.
  return !/^(?:US|UN|EU|UK|AP|AFP|NATO|IAEA|BREAKING|UPDATE|EXCLUSIVE|ANALYSIS|EXPLAINER|WATCH|LIVE|OPINION)$/.test(
    letters,
  );
}
