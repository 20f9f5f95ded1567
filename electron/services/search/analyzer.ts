import lunr from 'lunr';

/**
 * The one text analyzer of search, shared by indexing (in workers), query parsing and the candidate scan,
 * so that a word is read the same way everywhere: Unicode letters/digits runs → case and diacritics folded
 * (`Zelenskyy` → `zelenskyy`, `Kyïv` → `kyiv`) → English Porter stem (memoised: news vocabulary repeats,
 * and the stemmer is the hottest function of an index build).
 */

/** A word of a text: folded surface form, stem, and its UTF-16 range in the analysed string. */
export interface AnalyzedToken {
  raw: string;
  stem: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;
const SPECIAL: Record<string, string> = { ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', ł: 'l', đ: 'd', ı: 'i' };
const SPECIAL_RE = /[ßæøœłđı]/g;

/** Case and diacritics folding of one word or string. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Pure ASCII is by far the common case: skip normalisation.
  if (!/[^\x00-\x7f]/.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c)
    .normalize('NFC');
}

const stemCache = new Map<string, string>();
const STEM_CACHE_MAX = 500_000;
const stemToken = new lunr.Token('', {});

/** Porter stem of a folded word, memoised. */
export function stem(raw: string): string {
  const hit = stemCache.get(raw);
  if (hit !== undefined) return hit;
  // Digits and non-Latin words are left as they are: the English stemmer would only mangle them.
  let out = raw;
  if (raw.length > 2 && /^[a-z]+$/.test(raw)) {
    (stemToken as unknown as { str: string }).str = raw;
    out = (lunr.stemmer(stemToken) as lunr.Token).toString();
  }
  if (stemCache.size >= STEM_CACHE_MAX) stemCache.clear();
  stemCache.set(raw, out);
  return out;
}

const STOP = new Set<string>();
for (const w of [
  'a',
  'able',
  'about',
  'across',
  'after',
  'all',
  'almost',
  'also',
  'am',
  'among',
  'an',
  'and',
  'any',
  'are',
  'as',
  'at',
  'be',
  'because',
  'been',
  'but',
  'by',
  'can',
  'cannot',
  'could',
  'dear',
  'did',
  'do',
  'does',
  'either',
  'else',
  'ever',
  'every',
  'for',
  'from',
  'get',
  'got',
  'had',
  'has',
  'have',
  'he',
  'her',
  'hers',
  'him',
  'his',
  'how',
  'however',
  'i',
  'if',
  'in',
  'into',
  'is',
  'it',
  'its',
  'just',
  'least',
  'let',
  'like',
  'likely',
  'may',
  'me',
  'might',
  'most',
  'must',
  'my',
  'neither',
  'no',
  'nor',
  'not',
  'of',
  'off',
  'often',
  'on',
  'only',
  'or',
  'other',
  'our',
  'own',
  'rather',
  'said',
  'say',
  'says',
  'she',
  'should',
  'since',
  'so',
  'some',
  'than',
  'that',
  'the',
  'their',
  'them',
  'then',
  'there',
  'these',
  'they',
  'this',
  'tis',
  'to',
  'too',
  'twas',
  'us',
  'wants',
  'was',
  'we',
  'were',
  'what',
  'when',
  'where',
  'which',
  'while',
  'who',
  'whom',
  'why',
  'will',
  'with',
  'would',
  'yet',
  'you',
  'your',
  's',
  't',
])
  STOP.add(w);

/**
 * True for words too common to index (lunr's English list). They are kept in the candidate scan, so
 * phrases like "the president" still match exactly; alone they match nothing (explain says so).
 */
export function isStopWord(raw: string): boolean {
  return STOP.has(raw);
}

/** Every word of `text` with offsets relative to `text` plus `base`. */
export function analyze(text: string, base = 0): AnalyzedToken[] {
  const out: AnalyzedToken[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const raw = fold(m[0]);
    out.push({ raw, stem: stem(raw), start: base + m.index, end: base + m.index + m[0].length });
  }
  return out;
}

/** The index terms of `text`: stems of the words that are not stop words (what lunr stores). */
export function indexTerms(text: string): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const raw = fold(m[0]);
    if (!STOP.has(raw)) out.push(stem(raw));
  }
  return out;
}

/**
 * Index terms of `text` (stems of non-stop words) in one pass, adding every folded surface word to
 * `vocab` when given (what wildcard and fuzzy queries expand over).
 */
export function analyzeForIndex(text: string, vocab: Set<string> | null): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const raw = fold(m[0]);
    vocab?.add(raw);
    if (!STOP.has(raw)) out.push(stem(raw));
  }
  return out;
}
