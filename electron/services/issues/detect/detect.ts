import type { TextRange } from '../../../../shared/model/document';
import type { Stance } from '../../../../shared/model/issue';
import { findActor } from './actors';
import { otherSense, negotiationContext } from './context';
import { findCue, type CueMatch } from './cues';
import { lexiconEntry } from './lexicon';
import { phraseTopic, phraseTopics, seedTopics, type TopicHit } from './topics';
import { splitUnits, type TextUnit } from './units';

/** One passage the detector proposes as evidence for a topic. Offsets are into the file's text. */
export interface Detection {
  start: number;
  end: number;
  quote: string;
  topic: string;
  topicLabel: string;
  cue: string;
  stance: Stance;
  actor: string | null;
}

/** At most this many topics per sentence: a sentence naming more is a list of everything, not a claim. */
const MAX_TOPICS_PER_UNIT = 5;
/** A position ("rejects", "demands") is about one or two things, the ones named next to it. */
const MAX_TOPICS_WEAK = 2;
/** How far (UTF-16 units) a weak cue reaches for its topic, after and before it. */
const WEAK_AFTER = 90;
const WEAK_BEFORE = 60;

/**
 * Finds open questions and positions in one story: [range.start, range.end) of `text`, skipping the
 * `exclude` ranges (site furniture). Items of a list introduced by a cue ("What has not yet been
 * decided:") are evidence each, with the intro's cue; other sentences need their own cue.
 */
export function detectInStory(text: string, range: TextRange, exclude: readonly TextRange[]): Detection[] {
  const out: Detection[] = [];
  const units = splitUnits(text, range, exclude);
  units.forEach((unit, i) => {
    const previous = i > 0 ? units[i - 1] : undefined;
    for (const d of detectInUnit(unit, previous)) out.push(d);
  });
  return out;
}

/**
 * A headline or a dateline stub: one short line without a sentence's closing punctuation. Headlines
 * compress ("Kyiv rejects ceding land as envoys prepare new round"); the story's own sentence that says
 * the same thing is the passage worth citing.
 */
export function headlineLike(unit: TextUnit): boolean {
  const t = unit.text.trim();
  return !unit.listItem && !/[.!?:"”'’)]$/.test(t) && t.split(/\s+/).length <= 20;
}

function detectInUnit(unit: TextUnit, previous: TextUnit | undefined): Detection[] {
  if (headlineLike(unit)) return [];
  const own = findCue(unit.text);
  const introCue = unit.listItem && unit.intro ? findCue(unit.intro.text) : null;
  if (introCue && (!own || own.cue.strength === 'weak')) return listItem(unit, introCue, own);
  if (!own) return [];
  const seeds = seedTopics(unit.text);
  if (otherSense(unit.text, seeds.length > 0)) return [];
  const strength = own.cue.strength;
  const end = clauseEnd(unit.text, own, strength !== 'strong');
  let topics: TopicHit[] =
    strength !== 'strong'
      ? nearest(
          seeds.filter((t) => nearCue(t, own) && t.start < end),
          own,
          MAX_TOPICS_WEAK,
        )
      : seeds.filter((t) => t.start < end);
  // Attribution patterns are costly: find the actor only for a sentence that may yield a detection.
  let actor: string | null | undefined;
  const actorOf = () => (actor === undefined ? (actor = findActor(unit.text)) : actor);
  if (!topics.length) {
    const context = `${previous?.text ?? ''} ${unit.text}`;
    if (!negotiationContext(context)) return [];
    if (strength === 'weak') {
      // "British ministers refused to extend the transition for electricity trading": a named actor
      // taking a position in talks, on a question outside the lexicon, named right after the verb.
      if (!actorOf()) return [];
      topics = phraseTopics(unit.text, { ...own, cue: { ...own.cue, topicSide: 'after' } })
        .filter((t) => t.start >= own.end && t.start - own.end <= WEAK_AFTER && t.start < end)
        .filter((t) => usable(t, unit.text))
        .slice(0, 1);
    } else {
      if (strength === 'strong' && seeds.length) return [];
      topics = phraseTopics(unit.text, own).filter((t) => usable(t, unit.text));
    }
    if (!topics.length) return [];
  }
  if (topics.length > MAX_TOPICS_PER_UNIT) topics = nearest(topics, own, MAX_TOPICS_PER_UNIT);
  const found = actorOf();
  return topics.map((t) => detection(unit, t, own, found));
}

/**
 * A list item under a cue intro: the topic is its leading label ("Territory: ..."), else the seed topics
 * it names, else its first noun phrase. Its stance is its own cue's when it has one (a position), else
 * the intro's.
 */
function listItem(unit: TextUnit, intro: CueMatch, own: CueMatch | null): Detection[] {
  const body = unit.text.replace(/^\s*(?:[-–—•*▪●◦]|\(?\d{1,2}[.)]|\(?[a-h][.)])\s+/, '');
  const offset = unit.text.length - body.length;
  const label = /^([^:;.]{2,60}):\s/.exec(body)?.[1];
  let topics: TopicHit[] = [];
  if (label) {
    const seeded = seedTopics(label);
    topics = seeded.length ? [shift(seeded[0] as TopicHit, offset)] : labelTopic(label, offset);
  }
  if (!topics.length) topics = seedTopics(unit.text).slice(0, 1);
  if (!topics.length) topics = labelTopic(body.split(/[;,.]/)[0] ?? body, offset);
  if (!topics.length) return [];
  const actor = findActor(body);
  const cue = own ?? intro;
  // The quote starts after the list marker: "- Territory: ..." is cited as "Territory: ...".
  return topics.map((t) => ({
    ...detection(unit, t, cue, actor),
    start: unit.start + offset,
    quote: body,
    cue: intro.cue.label,
  }));
}

function labelTopic(label: string, offset: number): TopicHit[] {
  const fake: CueMatch = {
    cue: {
      id: 'label',
      label: 'label',
      pattern: /$^/,
      stance: 'raises',
      strength: 'strong',
      topicSide: 'after',
      anchor: /$^/,
    },
    start: 0,
    end: 0,
  };
  const hit = phraseTopic(label, fake);
  return hit ? [shift(hit, offset)] : [];
}

function shift(hit: TopicHit, by: number): TopicHit {
  return { ...hit, start: hit.start + by, end: hit.end + by };
}

/**
 * Where the clause holding the cue ends: a relative clause or a new clause names other things. A
 * position is about its object, not its condition: "ruled out elections before a ceasefire".
 */
function clauseEnd(sentence: string, cue: CueMatch, position = false): number {
  const after = sentence.slice(cue.end);
  // A dash right after the cue opens its list ("the sticking points — territory, guarantees —").
  const skip = /^\s*[—–]\s/.exec(after)?.[0].length ?? 0;
  const rest = after.slice(skip);
  const found =
    /,\s*(?:which|who|whom|whose|but|while|although|though|whereas)\b|;|\s[—–]\s(?=[a-z]+\s)/.exec(rest);
  const m = found ? { index: found.index + skip } : null;
  const condition = position
    ? /\s(?:before|after|until|unless|once|if|in\s+exchange\s+for)\s/.exec(after)
    : null;
  const ends = [m?.index, condition?.index].filter((i): i is number => i !== undefined);
  return ends.length ? cue.end + Math.min(...ends) : sentence.length;
}

/**
 * Whether a topic can stand as a question: a lexicon topic always; a phrase unless its head noun is a
 * generic object ("rejected the council's plan"), a speaker ("whether Russian negotiators would meet")
 * or a name ("demands that Ukraine withdraw", "rejected Geneva as a venue").
 */
function usable(t: TopicHit, sentence: string): boolean {
  if (t.source === 'seed') return true;
  const head = t.label.split(' ').pop() ?? t.label;
  if (GENERIC_OBJECT.test(head) || SPEAKER.test(head)) return false;
  const stem = head.slice(0, 4);
  const written = sentence
    .slice(t.start, t.end)
    .split(/\s+/)
    .find((w) => w.toLowerCase().startsWith(stem));
  // A one-word name is a party or a place; a longer one ("European Court of Justice") may be the question.
  return t.label.includes(' ') || !written || !/^\p{Lu}/u.test(written);
}

/** Speakers, who hold positions rather than being questions. */
const SPEAKER =
  /^(?:negotiators?|officials?|diplomats?|leaders?|ministers?|delegations?|sides?|governments?|envoys?|presidents?|spokes(?:man|woman|person)|allies|partners?|countries|country|states?|capitals?|members?|analysts?|sources?|people|public|residents?)$/i;

/** Objects of a position that are not questions of the talks ("rejected the proposal", "refused to comment"). */
const GENERIC_OBJECT =
  /^(?:peace|action|movement|framework|principle|home|conditions?|saying|itself|there|here|idea|venue|meetings?|progress|results?|details?|points?|options?|things?|matters?|issues?|questions?|proposals?|plans?|ideas?|offers?|requests?|comments?|statements?|reports?|claims?|allegations?|accusations?|invitations?|moves?|decisions?|calls?|suggestions?|versions?|texts?|drafts?|documents?|terms?|approach|ways?|steps?|comment|criticism|pressure|notion|premise|suggestion|characteri[sz]ation|report|speculation|talk|it|this|that|them|anything|everything|nothing)$/i;

/** Weak cues bind only to a topic close by: "rejected any Western troops", "sanctions are unacceptable". */
function nearCue(t: TopicHit, cue: CueMatch): boolean {
  return (
    (t.start >= cue.end && t.start - cue.end <= WEAK_AFTER) ||
    (t.end <= cue.start && cue.start - t.end <= WEAK_BEFORE)
  );
}

function nearest(topics: TopicHit[], cue: CueMatch, n: number): TopicHit[] {
  const distance = (t: TopicHit) => Math.min(Math.abs(t.start - cue.end), Math.abs(cue.start - t.end));
  return [...topics]
    .sort((a, b) => distance(a) - distance(b))
    .slice(0, n)
    .sort((a, b) => a.start - b.start);
}

function detection(unit: TextUnit, topic: TopicHit, cue: CueMatch, actor: string | null): Detection {
  return {
    start: unit.start,
    end: unit.end,
    quote: unit.text,
    topic: topic.key,
    topicLabel: lexiconEntry(topic.key)?.label ?? topic.label,
    cue: cue.cue.label,
    stance: cue.cue.stance,
    actor,
  };
}
