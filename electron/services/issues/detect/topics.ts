import nlp from 'compromise';
import { foldForAnchors, type CueMatch } from './cues';
import { LEXICON, lexiconEntry } from './lexicon';
import { BEFORE_LEAD, FILLER, LEAD, STOP } from './phrase-words';

/** A topic found in a sentence: its normalised key, a readable label and where it was found. */
export interface TopicHit {
  key: string;
  label: string;
  start: number;
  end: number;
  /** `seed` = from the lexicon; `phrase` = an extracted noun phrase, keyed by its normalised words. */
  source: 'seed' | 'phrase';
}

/** The lexicon's patterns compiled once for scanning every occurrence (they are sticky: reset per use). */
const SEED_SCANNERS = LEXICON.map((entry) => ({ entry, re: new RegExp(entry.pattern.source, 'giu') }));

/** Every seed topic named in `text`, without overlaps, in text order. */
export function seedTopics(text: string): TopicHit[] {
  const taken: TopicHit[] = [];
  const folded = foldForAnchors(text);
  for (const { entry, re } of SEED_SCANNERS) {
    if (!entry.anchor.test(folded)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const hit = { key: entry.key, label: entry.label, start: m.index, end: m.index + m[0].length };
      if (m[0].length === 0) re.lastIndex++;
      if (taken.some((h) => h.start < hit.end && hit.start < h.end)) continue;
      if (taken.some((h) => h.key === hit.key)) continue;
      taken.push({ ...hit, source: 'seed' });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * The noun phrase nearest the cue on its topic side, normalised into a key ("language rights in
 * schools" → `language-right`), or null. Used when no seed topic is named, so unseen questions still
 * group across documents.
 */
export function phraseTopic(sentence: string, cue: CueMatch): TopicHit | null {
  // "the question of X", "the fate of X": X is the topic, wherever the cue sits.
  // "access to X", "guarantees on X", "the transition for X": a generic head names its question after it.
  const head =
    /\b(?:question|issue|matter|fate|future|status|subject|problem|level|scope|extent|size|timing|sequencing|shape|role|treatment|use)\s+of\s+|\b(?:access|right|rights|transition|extension|exemptions?|guarantees?|assurances?|funding|financing|compensation|say|veto)\s+(?:to|for|on|over|of)\s+(?!(?:the\s+|its\s+|their\s+)?(?:security|safety|defen[cs]e)\b)/i.exec(
      sentence,
    );
  if (head) {
    const named = phraseAt(sentence, head.index + head[0].length, 1);
    if (named) return named;
  }
  // "Whether X would Y is unclear": the question is the clause the sentence opens with.
  const whether = /^\s*whether\s+/i.exec(sentence);
  if (whether && cue.start > whether[0].length) {
    const named = phraseAt(sentence, whether[0].length, 1);
    if (named) return named;
  }
  const after = cue.cue.topicSide !== 'before' ? phraseAt(sentence, cue.end, 1) : null;
  if (after) return after;
  return cue.cue.topicSide !== 'after' ? phraseAt(sentence, cue.start, -1) : null;
}

/**
 * Like {@link phraseTopic}, but follows a coordination: "fishing quotas and state aid rules still
 * divide the sides" names two questions. At most two phrases.
 */
export function phraseTopics(sentence: string, cue: CueMatch): TopicHit[] {
  const first = phraseTopic(sentence, cue);
  if (!first) return [];
  const out = [first];
  const forward = first.start >= cue.end;
  const rest = forward ? sentence.slice(first.end) : sentence.slice(0, first.start);
  const conj = forward ? /^\s+(?:and|or)\s+/i.exec(rest) : /\s+(?:and|or)\s+$/i.exec(rest);
  if (conj) {
    const from = forward ? first.end + conj[0].length : first.start - conj[0].length;
    const second = phraseAt(sentence, from, forward ? 1 : -1);
    if (second && second.key !== first.key) out.push(second);
  }
  return out;
}

function phraseAt(sentence: string, from: number, direction: 1 | -1): TopicHit | null {
  const words = [...sentence.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const ordered =
    direction === 1 ? words.filter((w) => w.start >= from) : words.filter((w) => w.end <= from).reverse();
  const picked: typeof words = [];
  let contentWords = 0;
  let edge = from;
  for (const w of ordered.slice(0, 14)) {
    const lower = w.text.toLowerCase();
    // Punctuation between the cue and the word ends the phrase ("still to be negotiated, a diplomat said").
    const gap = direction === 1 ? sentence.slice(edge, w.start) : sentence.slice(w.end, edge);
    edge = direction === 1 ? w.end : w.start;
    if (/[,;:.!?()—–]/.test(gap)) break;
    if (direction === -1 && !contentWords && BEFORE_LEAD.has(lower)) continue;
    if (FILLER.has(lower) && !contentWords) continue;
    if (STOP.has(lower) || /^\d/.test(lower)) {
      if (contentWords || direction === -1 || !LEAD.has(lower)) break;
      continue;
    }
    picked.push(w);
    if (!FILLER.has(lower)) contentWords++;
    if (picked.length >= 6) break;
  }
  if (direction === -1) picked.reverse();
  const content = picked.filter((w) => !FILLER.has(w.text.toLowerCase()));
  if (!content.length) return null;
  const nouns = keepNounRun(content.map((w) => w.text).join(' '), direction);
  if (!nouns.length) return null;
  const first = content[0];
  const last = content[content.length - 1];
  if (!first || !last) return null;
  return makePhraseHit(nouns, first.start, last.end);
}

/**
 * Noun runs already tagged, by direction and phrase: compromise costs about a millisecond a phrase, and
 * news repeats its phrases ("the territorial question", "security guarantees"). Bounded; cleared when full.
 */
const nounRuns = new Map<string, string[]>();
const NOUN_RUNS_MAX = 20_000;

/**
 * Keeps the words compromise reads as adjectives and nouns. Reading back from a cue ("described the
 * carbon border tax as the thorniest file"), the run nearest the cue is the topic: the last one.
 */
function keepNounRun(phrase: string, direction: 1 | -1 = 1): string[] {
  const key = `${direction}${phrase}`;
  const known = nounRuns.get(key);
  if (known) return [...known];
  const run = tagNounRun(phrase, direction);
  if (nounRuns.size >= NOUN_RUNS_MAX) nounRuns.clear();
  nounRuns.set(key, run);
  return [...run];
}

function tagNounRun(phrase: string, direction: 1 | -1): string[] {
  const all = nlp(phrase).terms().json() as Array<{ terms: Array<{ normal: string; tags: string[] }> }>;
  let terms = all;
  if (direction === -1) {
    // Start the run after the last verb or closed-class word.
    // A gerund is a noun here ("water sharing", "fishing rights").
    const closed = (t: (typeof all)[number]) =>
      !t.terms[0]?.tags.includes('Gerund') &&
      ['Verb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun'].some((c) =>
        t.terms[0]?.tags.includes(c),
      ) &&
      t.terms[0]?.normal !== 'of';
    const lastClosed = all.map(closed).lastIndexOf(true);
    terms = all.slice(lastClosed + 1);
  }
  const out: string[] = [];
  for (const t of terms) {
    const term = t.terms[0];
    if (!term) continue;
    const tags = new Set(term.tags);
    const nounish =
      tags.has('Gerund') ||
      tags.has('Noun') ||
      tags.has('Adjective') ||
      tags.has('Acronym') ||
      tags.has('ProperNoun');
    // compromise sometimes reads a plural noun after a noun as a verb ("language rights"): keep it.
    const pluralAfterNoun = out.length > 0 && tags.has('PresentTense') && term.normal.endsWith('s');
    const closedClass = ['Verb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun'].some((c) =>
      tags.has(c),
    );
    // compromise may tag a noun after a noun as an adverb ("fishing right"): keep any open-class word.
    const continues = out.length > 0 && !closedClass;
    if (nounish || pluralAfterNoun || continues || (term.normal === 'of' && out.length))
      out.push(term.normal);
    else if (out.length) break;
  }
  while (out.length && out[out.length - 1] === 'of') out.pop();
  return out.slice(0, 4);
}

function makePhraseHit(words: string[], start: number, end: number): TopicHit | null {
  // Every noun is singular in the key, so "fees" and "fee" name one question across documents.
  const singular = words.map((w) => singularise(w));
  const label = singular.join(' ').replace(/[.,;:]+$/, '');
  const key = singular
    .filter((w) => w !== 'of')
    .join('-')
    .replace(/[^\p{L}\p{N}-]/gu, '');
  if (key.length < 3) return null;
  const folded = foldForAnchors(label);
  const seed = LEXICON.find((e) => e.anchor.test(folded) && e.pattern.test(label));
  if (seed) return { key: seed.key, label: seed.label, start, end, source: 'seed' };
  // A bare head noun ("the assets", "the guarantees") refers back to the seed topic it heads.
  const head = HEADS[singular[singular.length - 1] ?? ''];
  if (head && singular.length === 1) {
    const entry = lexiconEntry(head);
    if (entry) return { key: entry.key, label: entry.label, start, end, source: 'seed' };
  }
  return { key: `phrase:${key}`, label, start, end, source: 'phrase' };
}

/** Head nouns that, standing alone, name a seed topic mentioned earlier in the text. */
const HEADS: Record<string, string> = {
  asset: 'frozen-assets',
  guarantee: 'security-guarantees',
  membership: 'nato-membership',
  exchange: 'prisoner-exchange',
  swap: 'prisoner-exchange',
  plant: 'nuclear-plant',
  monitoring: 'ceasefire-monitoring',
  monitor: 'ceasefire-monitoring',
  vote: 'elections',
  land: 'territory',
  concession: 'territory',
};

function singularise(word: string): string {
  if (/(?:ss|us|is|ics|news)$/.test(word) || word.length < 4) return word;
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ches|shes|xes|sses)$/.test(word)) return word.slice(0, -2);
  if (/s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Human label of a topic key (seed label, or the phrase words). */
export function topicLabel(key: string): string {
  return lexiconEntry(key)?.label ?? key.replace(/^phrase:/, '').replace(/-/g, ' ');
}
