/**
 * Dates as news sites print them. Every pattern is anchored or bounded (no nested quantifiers) and callers
 * pass short strings (a line, a dateline prefix), so a 50 MB single-line file cannot trigger backtracking.
 */

const EN_MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
}; // prettier-ignore

// Russian and Ukrainian month names in the genitive ("3 декабря 2025"), the form used in dates.
const CYR_MONTHS: Record<string, number> = {
  января: 1, февраля: 2, марта: 3, апреля: 4, мая: 5, июня: 6, июля: 7, августа: 8, сентября: 9,
  октября: 10, ноября: 11, декабря: 12, січня: 1, лютого: 2, березня: 3, квітня: 4, травня: 5,
  червня: 6, липня: 7, серпня: 8, вересня: 9, жовтня: 10, листопада: 11, грудня: 12,
}; // prettier-ignore

const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня)`;

const ISO_DATE = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const DAY_MONTH_YEAR = new RegExp(
  String.raw`(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\.?\s+${MONTH}\.?,?\s+(\d{4})(?!\d)`,
  'iu',
);
const MONTH_DAY_YEAR = new RegExp(
  String.raw`(?<![\p{L}])${MONTH}\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)`,
  'iu',
);
const DOTTED = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])/;
const DAY_MONTH = new RegExp(String.raw`^(\d{1,2})\s+${MONTH}\.?$`, 'iu');
const MONTH_DAY = new RegExp(String.raw`^${MONTH}\.?\s+(\d{1,2})$`, 'iu');

/** A date found in a string: ISO day and where it was. */
export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

/** Month number for an English or Cyrillic month name or abbreviation, or null. */
export function monthNumber(name: string): number | null {
  const key = name.toLowerCase().replace(/\.$/, '');
  return EN_MONTHS[key] ?? CYR_MONTHS[key] ?? null;
}

/** `YYYY-MM-DD` when the parts make a real calendar day, else null. */
export function isoDay(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first full date (with a year) in `s`, in any of the printed forms; null when there is none. */
export function findDate(s: string): FoundDate | null {
  const hits: FoundDate[] = [];
  const iso = ISO_DATE.exec(s);
  if (iso) push(hits, isoDay(+iso[1]!, +iso[2]!, +iso[3]!), iso);
  const dmy = DAY_MONTH_YEAR.exec(s);
  if (dmy) push(hits, isoDay(+dmy[3]!, monthNumber(dmy[2]!) ?? 0, +dmy[1]!), dmy);
  const mdy = MONTH_DAY_YEAR.exec(s);
  if (mdy) push(hits, isoDay(+mdy[3]!, monthNumber(mdy[1]!) ?? 0, +mdy[2]!), mdy);
  const dot = DOTTED.exec(s);
  if (dot) push(hits, isoDay(+dot[3]!, +dot[2]!, +dot[1]!), dot);
  hits.sort((a, b) => a.index - b.index);
  return hits[0] ?? null;
}

function push(hits: FoundDate[], iso: string | null, m: RegExpExecArray): void {
  if (iso) hits.push({ iso, index: m.index, length: m[0].length });
}

/** Supplies the year of a day-month date that prints none. */
export type YearFor = (month: number, day: number) => number | null;

/** A day and month without a year ("Nov 25", "13 December"), completed by `yearFor`. */
export function parseDayMonth(s: string, yearFor: YearFor | null): string | null {
  const t = s.trim();
  const full = findDate(t);
  if (full) return full.iso;
  if (yearFor === null) return null;
  let month = 0;
  let day = 0;
  const dm = DAY_MONTH.exec(t);
  const md = dm ? null : MONTH_DAY.exec(t);
  if (dm) [month, day] = [monthNumber(dm[2]!) ?? 0, +dm[1]!];
  else if (md) [month, day] = [monthNumber(md[1]!) ?? 0, +md[2]!];
  else return null;
  const year = yearFor(month, day);
  return year === null ? null : isoDay(year, month, day);
}

/**
 * The year for a day-month date when the file says nothing else: the latest such day that is not after
 * the file was last written (a story cannot be saved before it was published).
 */
export function yearNotAfter(mtimeMs: number): YearFor {
  const saved = new Date(mtimeMs);
  return (month, day) => {
    const y = saved.getUTCFullYear();
    const candidate = Date.UTC(y, month - 1, day);
    return candidate > mtimeMs + 86_400_000 ? y - 1 : y;
  };
}

/** UTC offsets of the zone abbreviations news sites print. Ambiguous ones (IST, CST) take the news usage. */
const ZONES: Record<string, string> = {
  UTC: '+00:00', GMT: '+00:00', BST: '+01:00', WET: '+00:00', CET: '+01:00', CEST: '+02:00',
  EET: '+02:00', EEST: '+03:00', MSK: '+03:00', GST: '+04:00', IST: '+05:30', PKT: '+05:00',
  JST: '+09:00', KST: '+09:00', AEST: '+10:00', AEDT: '+11:00', EST: '-05:00', EDT: '-04:00',
  CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
  TRT: '+03:00', SAST: '+02:00', ET: '-05:00',
}; // prettier-ignore

const TIME = /(?<!\d)(\d{1,2})[:.](\d{2})(?:\s*([ap])\.?\s*m\.?)?(?:\s+([A-Z]{2,4})\b)?/i;

/**
 * A timestamp from a line holding a date and a time ("Dec 02, 2025 at 04:46 AM EST",
 * "27 Nov 2025 · 21:05 GST"): ISO 8601 with the zone's offset when the zone is known, local otherwise.
 */
export function parseTimestamp(s: string): string | null {
  const date = findDate(s);
  if (!date) return null;
  const rest = s.slice(date.index + date.length);
  const t = TIME.exec(rest);
  if (!t) return null;
  let hour = +t[1]!;
  const minute = +t[2]!;
  const ampm = t[3]?.toLowerCase();
  if (ampm === 'p' && hour < 12) hour += 12;
  if (ampm === 'a' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return null;
  const zone = t[4] ? ZONES[t[4].toUpperCase()] : undefined;
  return `${date.iso}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00${zone ?? ''}`;
}
