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
const MAX_TOPICS_PER_UNIT = 4;
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

function detectInUnit(unit: TextUnit, previous: TextUnit | undefined): Detection[] {
  const own = findCue(unit.text);
  const introCue = unit.listItem && unit.intro ? findCue(unit.intro.text) : null;
  if (introCue && (!own || own.cue.strength === 'weak')) return listItem(unit, introCue, own);
  if (!own) return [];
  const seeds = seedTopics(unit.text);
  if (otherSense(unit.text, seeds.length > 0)) return [];
  let topics: TopicHit[] =
    own.cue.strength === 'weak'
      ? nearest(
          seeds.filter((t) => nearCue(t, own) && t.start < clauseEnd(unit.text, own)),
          own,
          MAX_TOPICS_WEAK,
        )
      : seeds.filter((t) => t.start < clauseEnd(unit.text, own));
  if (!topics.length) {
    if (own.cue.strength === 'weak') return [];
    if (seeds.length) return [];
    const context = `${previous?.text ?? ''} ${unit.text}`;
    if (!negotiationContext(context)) return [];
    topics = phraseTopics(unit.text, own);
    if (!topics.length) return [];
  }
  if (topics.length > MAX_TOPICS_PER_UNIT) topics = nearest(topics, own, MAX_TOPICS_PER_UNIT);
  const actor = findActor(unit.text);
  return topics.map((t) => detection(unit, t, own, actor));
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

/** Where the clause holding the cue ends: a relative clause or a new clause names other things. */
function clauseEnd(sentence: string, cue: CueMatch): number {
  const after = sentence.slice(cue.end);
  const m = /,\s*(?:which|who|whom|whose|but|while|although|though|whereas)\b|;|\s[—–]\s(?=[a-z]+\s)/.exec(
    after,
  );
  return m ? cue.end + m.index : sentence.length;
}

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
