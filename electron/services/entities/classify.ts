import type { EntityType } from '../../../shared/model/entity';
import { foldName } from './fold';
import { lookupGazetteer } from './gazetteer';
import {
  DEMONYMS,
  MAY_OPEN_NAME,
  NOT_NAMES,
  ORG_SUFFIXES,
  PLACE_PREFIXES,
  PLACE_SUFFIXES,
  SPEECH_VERBS,
  TITLE_WORDS,
} from './lexicon';
import type { Run, Token } from './runs';

/** What a mention may be before clustering: `candidate` is a lone capitalised word kept only if it
 * turns out to be the surname of a known person or the short form of a known name. */
export type RawType = EntityType | 'candidate';

/** A recognised span. `text` is exactly canonical[start, end); `name` is its cleaned display form. */
export interface RawMention {
  start: number;
  end: number;
  text: string;
  name: string;
  type: RawType;
  confidence: number;
  source: string;
  /** True when a title or role preceded the name ("President", "Mr", "spokesperson"). */
  titled: boolean;
}

/** Facts about the story a run is classified in. */
export interface ClassifyContext {
  /** Words written in lower case somewhere in the story. */
  lowerWords: ReadonlySet<string>;
}

/** What the NLP library tagged at an offset (a hint, not a verdict). */
export type NerHint = (start: number, end: number) => EntityType | null;

const FUNCTION_WORDS = new Set([
  'the',
  'a',
  'an',
  'and',
  'but',
  'or',
  'in',
  'on',
  'at',
  'as',
  'for',
  'to',
  'by',
  'of',
]);

const lower = (t: Token) => t.text.toLowerCase().replace(/\.$/, '');
const isTitle = (t: Token) =>
  lower(t)
    .split('-')
    .some((p) => TITLE_WORDS.has(p));
// Adjectives of titles ("National Security Adviser", "Foreign Minister"): a title only before a real one.
const WEAK_TITLES = new Set(
  'national security state foreign defence defense interior finance economy energy justice first vice deputy chief special presidential executive assistant head senior general'.split(
    ' ',
  ),
);
const isStrongTitle = (t: Token) =>
  lower(t)
    .split('-')
    .some((p) => TITLE_WORDS.has(p) && !WEAK_TITLES.has(p));
const isInitial = (t: Token) => /^\p{Lu}\.$/u.test(t.text);

function span(tokens: readonly Token[], text: string): { start: number; end: number; text: string } {
  const start = (tokens[0] as Token).start;
  const end = (tokens[tokens.length - 1] as Token).end;
  return { start, end, text: text.slice(start, end) };
}

function mention(
  tokens: readonly Token[],
  text: string,
  type: RawType,
  confidence: number,
  source: string,
  titled = false,
  name?: string,
): RawMention {
  const s = span(tokens, text);
  return { ...s, name: name ?? displayName(s.text), type, confidence, source, titled };
}

/** All-caps words longer than an acronym become title case; gazetteer forms take the canonical spelling. */
export function displayName(text: string): string {
  const hit = lookupGazetteer(text);
  if (hit && !hit.variant && text === text.toUpperCase() && foldName(hit.canonical) === foldName(text))
    return hit.canonical;
  if (text.length > 4 && text === text.toUpperCase() && /\p{L}{5}/u.test(text))
    return text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, s: string, c: string) => s + c.toUpperCase());
  return text.replace(/\s+/g, ' ');
}

/** Finds the longest gazetteer name that starts the token list (at most four words). */
function gazetteerPrefix(tokens: readonly Token[], text: string): number {
  for (let n = Math.min(4, tokens.length); n >= 1; n--) {
    if (lookupGazetteer(span(tokens.slice(0, n), text).text)) return n;
  }
  return 0;
}

/**
 * Classifies one capitalised run: gazetteer names, organisations by their last word, places by suffix
 * or prefix, people by a title before them, a speech verb after them or the NLP hint. A run that opens
 * with "US President" or "Kremlin spokesperson" yields the place or organisation and the person.
 */
export function classifyRun(run: Run, text: string, hint: NerHint, ctx: ClassifyContext): RawMention[] {
  let tokens = run.tokens.slice();
  // Leading words that cannot open a name: "When", "After", "Only", "On Monday", a sentence-initial "Inviting".
  const noise = (t: Token) =>
    FUNCTION_WORDS.has(lower(t)) ||
    (NOT_NAMES.has(lower(t)) && !MAY_OPEN_NAME.has(lower(t)) && !isTitle(t)) ||
    (t.sentenceStart && /^\p{Lu}\p{Ll}+(?:ing|ly)$/u.test(t.text));
  while (tokens.length && noise(tokens[0] as Token)) tokens = tokens.slice(1);
  // Non-Latin words (a Russian quote, a Cyrillic name) count only when the gazetteer knows them.
  if (
    tokens.some((t) => !/\p{Script=Latin}/u.test(t.text)) &&
    !lookupGazetteer(span(tokens.length ? tokens : run.tokens, text).text)
  )
    return [];
  // Hyphenated compounds of names ("IAEA-supervised", "U.S.-led", "Russia-Ukraine", "Moscow-based") are
  // adjectives: the known names inside them are mentions, the compound is not.
  if (
    tokens.length === 1 &&
    /[-‑]/.test((tokens[0] as Token).text) &&
    !lookupGazetteer((tokens[0] as Token).text)
  ) {
    const tok = tokens[0] as Token;
    const parts = tok.text.split(/[-‑]/);
    if (parts.some((p) => lookupGazetteer(p) || DEMONYMS.has(p.toLowerCase()) || /^\p{Ll}/u.test(p))) {
      const found: RawMention[] = [];
      let at = tok.start;
      for (const p of parts) {
        const h = lookupGazetteer(p);
        if (h && !h.variant && p.length > 1)
          found.push({
            start: at,
            end: at + p.length,
            text: p,
            name: displayName(p),
            type: h.type,
            confidence: 0.6,
            source: 'compound',
            titled: false,
          });
        at += p.length + 1;
      }
      return found;
    }
  }
  while (
    tokens.length &&
    ['of', 'and', 'the', 'for', 'on'].includes(lower(tokens[tokens.length - 1] as Token))
  )
    tokens = tokens.slice(0, -1);
  if (!tokens.length) return [];
  const out: RawMention[] = [];
  const whole = span(tokens, text);
  const hit = lookupGazetteer(whole.text);
  if (hit) return [mention(tokens, text, hit.type, hit.variant ? 0.85 : 0.95, 'gazetteer')];
  const last = lower(tokens[tokens.length - 1] as Token);
  const first = lower(tokens[0] as Token);
  const words0 = tokens.map(lower);
  const headed = words0.some(
    (w, i) => ORG_SUFFIXES.has(w) && (words0[i + 1] === 'of' || words0[i + 1] === 'for'),
  );
  if (tokens.length >= 2 && (ORG_SUFFIXES.has(last) || headed)) {
    return [
      mention(
        tokens,
        text,
        'organisation',
        hint(whole.start, whole.end) === 'organisation' ? 0.9 : 0.8,
        'rule',
      ),
    ];
  }
  if (tokens.length >= 2 && (PLACE_SUFFIXES.has(last) || PLACE_PREFIXES.has(first)))
    return [mention(tokens, text, 'place', 0.75, 'rule')];
  // Strip what precedes a name: everything up to the last title ("US Army Secretary Thomas Whitcomb"),
  // demonyms, and a gazetteer name followed by a title ("Kremlin spokesperson", "US President").
  let titled = run.before !== '' && run.before.split('-').some((p) => TITLE_WORDS.has(p));
  let lastTitle = -1;
  tokens.forEach((t, i) => {
    if (isStrongTitle(t) && i < tokens.length - 1) lastTitle = i;
  });
  if (lastTitle >= 0) {
    const g = gazetteerPrefix(tokens, text);
    const head = tokens.slice(0, g);
    const h = g > 0 && g <= lastTitle ? lookupGazetteer(span(head, text).text) : undefined;
    if (h) out.push(mention(head, text, h.type, 0.9, 'gazetteer'));
    tokens = tokens.slice(lastTitle + 1);
    titled = true;
  }
  for (;;) {
    const t = tokens[0];
    if (!t) break;
    if (isTitle(t)) {
      titled = true;
      tokens = tokens.slice(1);
      continue;
    }
    if (DEMONYMS.has(lower(t)) || FUNCTION_WORDS.has(lower(t))) {
      tokens = tokens.slice(1);
      continue;
    }
    const g = gazetteerPrefix(tokens, text);
    const after = tokens[g];
    if (g > 0 && after && isTitle(after)) {
      const place = tokens.slice(0, g);
      const h = lookupGazetteer(span(place, text).text);
      if (h) out.push(mention(place, text, h.type, 0.9, 'gazetteer'));
      tokens = tokens.slice(g);
      continue;
    }
    break;
  }
  if (!tokens.length) return out;
  const rest = span(tokens, text);
  const restHit = lookupGazetteer(rest.text);
  if (restHit) return [...out, mention(tokens, text, restHit.type, 0.9, 'gazetteer')];
  const words = tokens.filter((t) => !isInitial(t)).map(lower);
  if (words.every((w) => NOT_NAMES.has(w) || DEMONYMS.has(w) || TITLE_WORDS.has(w))) return out;
  if (words.some((w) => DEMONYMS.has(w))) return out;
  if (tokens.length === 1) {
    const word = (tokens[0] as Token).text;
    // Unknown short capitals (IST, TV, PNG) and words also used in lower case are not names.
    if (/^\p{Lu}{2,4}$/u.test(word) || ctx.lowerWords.has(word.toLowerCase())) return out;
  }
  // Asked only where the answer decides something: tagging is most of recognition's cost.
  let tagged: EntityType | null | undefined;
  const ner = () => (tagged === undefined ? (tagged = hint(rest.start, rest.end)) : tagged);
  const spoke = SPEECH_VERBS.has(run.after);
  if (titled) return [...out, mention(tokens, text, 'person', 0.9, 'title', true)];
  // "Rustem Umarov, the secretary of...", "Lea Brunner, 54, ...", "Olha Shevchuk, who ..."
  // "...his counterpart, Denys Shmyhal, by phone", "the mayor, Ihor Terekhov, said": a name set off by
  // commas right after a lowercase noun.
  const before = text.slice(Math.max(0, rest.start - 30), rest.start);
  const apposition =
    (/^,[ ](?:the|a|an|who|whose|\d{2},)[ ]/u.test(run.tail) &&
      !/^, the (?:capital|city|region|country|port|town)/u.test(run.tail)) ||
    (/\p{Ll}{3,}, $/u.test(before) &&
      /^,/u.test(run.tail) &&
      !/\b(?:in|of|from|and|or)\b[^,]*, $/u.test(before));
  if (tokens.length >= 2 && tokens.length <= 5) {
    if (ner() === 'person') return [...out, mention(tokens, text, 'person', 0.85, 'ner')];
    if (spoke) return [...out, mention(tokens, text, 'person', 0.7, 'rule')];
    if (apposition && tokens.length <= 3 && !ner())
      return [...out, mention(tokens, text, 'person', 0.6, 'apposition')];
    // "Russia Say": a known name glued to a common word is the name alone, not a new place.
    if (ner() && tokens.some((t) => ctx.lowerWords.has(lower(t)) || NOT_NAMES.has(lower(t))))
      return [
        ...out,
        ...tokens.flatMap((t) =>
          lookupGazetteer(t.text)
            ? [mention([t], text, lookupGazetteer(t.text)?.type ?? 'place', 0.9, 'gazetteer')]
            : [],
        ),
      ];
    const type = ner();
    if (type) return [...out, mention(tokens, text, type, 0.7, 'ner')];
    return [...out, mention(tokens, text, 'candidate', 0.35, 'rule')];
  }
  if (tokens.length === 1) {
    if (spoke) return [...out, mention(tokens, text, 'person', 0.65, 'rule')];
    // A capital at the start of a sentence or line says nothing; there the NLP hint alone is not enough.
    if (!(tokens[0] as Token).sentenceStart) {
      const type = ner();
      if (type === 'place' || type === 'organisation')
        return [...out, mention(tokens, text, type, 0.65, 'ner')];
    }
    // "in Fribourg", "near Vovchansk": a place cue the clustering uses when the word resolves to nothing else.
    const cue = ['in', 'near', 'outside', 'around', 'towards', 'toward', 'into', 'across'].includes(
      run.before,
    );
    return [...out, mention(tokens, text, 'candidate', 0.4, cue && !spoke ? 'place-cue' : 'rule')];
  }
  return out;
}
