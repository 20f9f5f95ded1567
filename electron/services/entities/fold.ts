/**
 * Folding keys for names. Three strengths, weakest change first:
 *  - {@link foldName}: case and diacritics (Erdoğan = Erdogan, KYIV = Kyiv) — safe to merge automatically;
 *  - {@link translitKey}: collapses the choices romanisation systems make differently (y/i/j, kh/h, ts/tz,
 *    ks/x, zh/z, ou/u, final -iy/-yy/-y, doubled letters) — equal keys become merge *suggestions*;
 *  - {@link damerau}: edit distance with transpositions, for typos (Lavorv/Lavrov).
 */

// The same few thousand names are folded again and again (every mention, every outlet, every build), and
// the fourteen passes of a fold were a tenth of recognition's own time: answers are kept, up to a bound.
const folded = new Map<string, string>();
const FOLDED_MAX = 50_000;

/** Lower case, diacritics removed (NFD then combining marks dropped), apostrophes dropped, spaces squeezed. */
export function foldName(text: string): string {
  let f = folded.get(text);
  if (f === undefined) {
    if (folded.size >= FOLDED_MAX) folded.clear();
    folded.set(text, (f = fold(text)));
  }
  return f;
}

function fold(text: string): string {
  return text
    .replace(/\b(?:\p{L}\.){2,}/gu, (m) => m.replace(/\./g, ''))
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ıİ]/g, 'i')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/[đĐ]/g, 'd')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/['’ʼ`´]/g, '')
    .replace(/[‐‑‒–—-]/g, ' ')
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// Ordered rewrites; each rule records a choice that differs between romanisations of Cyrillic names.
const TRANSLIT_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/shch|sch/g, 'sh'],
  [/kh/g, 'h'],
  [/zh/g, 'z'],
  [/t[sz]/g, 'c'],
  [/[kc]s/g, 'x'],
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/w/g, 'v'],
  [/[yj]/g, 'i'],
  [/ou/g, 'u'],
  [/(.)\1+/g, '$1'],
  // A soft i before another vowel (-ia/-iya/-iu/-ie) is spelled or dropped at will: Dmitriyev/Dmitriev.
  [/i([aeou])/g, '$1'],
];

/** The transliteration-folding key of one word or a whole name (tokens folded separately). */
export function translitKey(text: string): string {
  return foldName(text)
    .split(' ')
    .map((word) => {
      // A rewrite can create the input of an earlier rule ("cck" → "ck"), so apply the rules until nothing
      // changes. Every rule shortens a word or removes a letter no rule produces, so this ends quickly.
      let before = '';
      let w = word;
      while (w !== before) {
        before = w;
        for (const [re, to] of TRANSLIT_RULES) w = w.replace(re, to);
      }
      return w;
    })
    .join(' ');
}

/** Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), capped at `max + 1`. */
export function damerau(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const prev = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row.push(d);
    }
    rows.push(row);
  }
  return Math.min((rows[a.length] as number[])[b.length] as number, max + 1);
}

/** A URL- and id-safe slug of a folded name ("Volodymyr Zelensky" → "volodymyr-zelensky"). */
export function slug(text: string): string {
  return foldName(text).replace(/ /g, '-') || 'unnamed';
}
