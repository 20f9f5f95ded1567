/** A word of the masked text with its offsets (into canonical text). */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** True when a sentence or line starts at this word. */
  sentenceStart: boolean;
  /** The character right after the word (after an optional possessive), for run breaking. */
  next: string;
  possessive: boolean;
}

/** A run of capitalised words joined by spaces and lowercase connectors ("Bank of Russia"). */
export interface Run {
  tokens: Token[];
  /** The lowercase word right before the run (a role: "spokesperson", "envoy"), if any. */
  before: string;
  /** The lowercase word right after the run ("said"), if any. */
  after: string;
  /** The few characters after the run (", the secretary of..."), for apposition cues. */
  tail: string;
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}'’.-]*/gu;
const CONNECTORS = new Set([
  'of',
  'and',
  'for',
  'the',
  'de',
  'da',
  'von',
  'der',
  'van',
  'bin',
  'al',
  'la',
  'du',
  'del',
  // Joins only so that a known name like "Organization for Security and Co-operation in Europe" stays
  // whole; recognition splits at it otherwise ("Putin in Moscow").
  'in',
]);

/** True for a lowercase word that may join two capitalised words inside one name. */
export function isConnector(word: string): boolean {
  return CONNECTORS.has(word);
}
// Abbreviations whose final period does not end a sentence.
const ABBREVIATIONS =
  /^(?:mr|mrs|ms|dr|st|gen|lt|col|sen|rep|gov|prof|sgt|capt|adm|jr|sr|fla|u\.s|u\.n|u\.k|e\.u)$/i;

/** True for a word that starts with a capital letter. */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** Splits masked text into words, trimming sentence periods but keeping "U.S." and initials like "V.". */
export function tokenize(masked: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  const slice = masked.slice(from, to);
  let sentenceStart = true;
  let lastEnd = 0;
  for (const m of slice.matchAll(WORD)) {
    let word = m[0];
    const gap = slice.slice(lastEnd, m.index);
    if (/[.!?:;"“”]\s*$|\n/.test(gap) || /[.!?]["”’]?\s/.test(gap)) sentenceStart = true;
    let endsSentence = false;
    if (word.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(word) && !ABBREVIATIONS.test(word.slice(0, -1))) {
      word = word.replace(/\.+$/, '');
      endsSentence = true;
    }
    word = word.replace(/[-'’]+$/u, '');
    let possessive = false;
    if (/['’]s$/u.test(word)) {
      word = word.slice(0, -2);
      possessive = true;
    }
    if (!word) continue;
    const start = from + m.index;
    const after = slice[m.index + word.length + (possessive ? 2 : 0)] ?? ' ';
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      sentenceStart,
      next: endsSentence ? '.' : after,
      possessive,
    });
    sentenceStart = endsSentence;
    lastEnd = m.index + m[0].length;
  }
  return tokens;
}

/** Groups tokens into capitalised runs; a run breaks at punctuation, a possessive or a lowercase word. */
export function capitalisedRuns(tokens: readonly Token[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (!isCapitalised(t.text)) {
      i++;
      continue;
    }
    const run: Token[] = [t];
    let j = i;
    while (j + 1 < tokens.length) {
      const cur = tokens[j] as Token;
      if (cur.possessive || cur.next !== ' ') break;
      const nxt = tokens[j + 1] as Token;
      if (nxt.start - cur.end > 1) break;
      if (isCapitalised(nxt.text)) {
        run.push(nxt);
        j++;
        continue;
      }
      // One or two connectors join capitalised words ("Bank of Russia", "Ursula von der Leyen").
      let k = j + 1;
      while (
        k < j + 3 &&
        tokens[k] &&
        CONNECTORS.has((tokens[k] as Token).text) &&
        (tokens[k] as Token).next === ' '
      )
        k++;
      const after = tokens[k];
      const gapOk = tokens
        .slice(j + 1, k + 1)
        .every((t, n, arr) => n === 0 || t.start - (arr[n - 1] as Token).end === 1);
      if (k > j + 1 && after && gapOk && isCapitalised(after.text)) {
        run.push(...tokens.slice(j + 1, k + 1));
        j = k;
        continue;
      }
      break;
    }
    const prev = tokens[i - 1];
    const nextTok = tokens[j + 1];
    runs.push({
      tokens: run,
      before: prev && !isCapitalised(prev.text) && prev.next === ' ' ? prev.text.toLowerCase() : '',
      after:
        nextTok && !isCapitalised(nextTok.text) && (run[run.length - 1] as Token).next === ' '
          ? nextTok.text.toLowerCase()
          : '',
      tail: '',
    });
    i = j + 1;
  }
  return runs;
}

/** True when most words of the line holding `at` are capitalised: a headline in title or upper case. */
export function isHeadlineLine(masked: string, at: number): boolean {
  const lineStart = masked.lastIndexOf('\n', at) + 1;
  const nl = masked.indexOf('\n', at);
  const line = masked.slice(lineStart, nl < 0 ? masked.length : nl);
  const words = line.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length < 4 || words.length > 25) return false;
  const caps = words.filter((w) => isCapitalised(w) || CONNECTORS.has(w) || w.length <= 3).length;
  return caps / words.length >= 0.85 && !/[.!?]["”]?\s*$/.test(line.trim());
}
