import type { Stance } from '../../../../shared/model/issue';

/**
 * Cue phrases that mark a passage as stating an open question or a position on one. `strong` cues say
 * "this is an open question" on their own; `weak` cues (rejected, demands, unacceptable...) are common
 * words in other senses, so the detector only keeps them when a known negotiation topic is in the
 * sentence. `topicSide` tells where the topic phrase usually sits relative to the cue ("disputes over
 * X" → after; "X remains unresolved" → before).
 */
export interface Cue {
  id: string;
  /** The canonical form shown to the analyst. */
  label: string;
  pattern: RegExp;
  stance: Stance;
  /**
   * `strong`: an open question by itself. `position`: a firm stance ("red line", "non-negotiable",
   * "not up for discussion") that may name a topic outside the lexicon when the text is about talks.
   * `weak`: common words in other senses; a lexicon topic, or a named actor in talks, must be near.
   */
  strength: 'strong' | 'position' | 'weak';
  topicSide: 'after' | 'before' | 'either';
  /**
   * Words (or parts of words) at least one of which every match of `pattern` contains, lower case:
   * a sentence folded by {@link foldForAnchors} without any of them cannot match, so the pattern is
   * not run. Most sentences of a story name no cue, and the patterns are the detector's main cost.
   */
  anchor: RegExp;
}

const DECIDED =
  '(?:decided|agreed(?: upon| on)?|settled|resolved|determined|finali[sz]ed|clarified|worked out|negotiated|fixed|discussed|addressed|tackled|broached)';

/** Every cue, most specific first (the first match in a sentence names the cue). */
export const CUES: readonly Cue[] = [
  cue(
    'not-yet-decided',
    'not yet decided',
    `(?:(?:has|have|had|is|are|was|were)\\s+)?not\\s+(?:yet\\s+)?(?:been\\s+)?${DECIDED}|(?:has|have|had|is|are|was|were)\\s+(?:still\\s+)?yet\\s+to\\s+be\\s+${DECIDED}|(?:have|has|had)\\s+(?:still\\s+)?yet\\s+to\\s+(?:agree|decide|settle|resolve)|not\\s+yet\\s+(?:agreed|decided|settled)`,
    'raises',
    'strong',
    'either',
    `not\\s+(?:yet\\s+)?(?:been\\s+)?${DECIDED}|yet\\s+to\\s`,
  ),
  cue(
    'still-to-be-agreed',
    'still to be agreed',
    `(?:still|remain(?:s|ed|ing)?)\\s+to\\s+be\\s+(?:agreed|negotiated|decided|settled|resolved|worked out|discussed|determined)|(?:left|leaving|leaves|leave)\\b[^.;:]{1,150}?\\bto\\s+be\\s+(?:agreed|negotiated|decided|settled|resolved|worked\\s+out|discussed|determined)`,
    'raises',
    'strong',
    'either',
    `to\\s+be\\s`,
  ),
  cue(
    'unresolved',
    'remain unresolved',
    `(?:remain(?:s|ed|ing)?|(?:is|are|was|were|be|been)\\s+(?:(?:still|left|also|largely|very\\s+much)\\s+){0,2})\\s*(?:unresolved|unsettled|undecided|outstanding|in\\s+dispute|contested|elusive|up\\s+in\\s+the\\s+air)|\\bunresolved\\b|(?:still|remains?|remained|is|are|was|were)\\s+(?:still\\s+)?on\\s+the\\s+table|(?:questions?|issues?|points?|matters?)\\s+(?:remain|remains|are\\s+still|still|left)\\s+open|\\boutstanding\\s+(?:issues?|questions?|points?|matters?|differences)`,
    'raises',
    'strong',
    'either',
    `unresolved|unsettled|undecided|outstanding|in\\s+dispute|contested|elusive|the\\s+air|on\\s+the\\s+table|(?:remains?|still|left)\\s+open`,
  ),
  cue(
    'unclear',
    'unclear whether',
    `(?:it\\s+)?(?:is|was|remains?|remained|seems|looked|looks)\\s+(?:still\\s+|also\\s+)?(?:unclear|uncertain|far\\s+from\\s+clear|not\\s+(?:yet\\s+|at\\s+all\\s+|entirely\\s+)?clear)\\s+(?:whether|how|who|when|if|what|which)|\\bunclear\\s+(?:whether|how|who|when|if|what|which)|(?:is|are|was|were|remains?|remained)\\s+(?:still\\s+)?(?:unclear|uncertain)\\b|no\\s+clarity|uncertainty\\s+(?:over|about|around|surrounding)|remains\\s+to\\s+be\\s+seen|(?:has|have)\\s+(?:barely|hardly|never|not\\s+even)\\s+been\\s+(?:discussed|addressed|raised|negotiated)|(?:is|are|was|were)\\s+still\\s+being\\s+(?:negotiated|discussed|worked\\s+out|debated|hammered\\s+out)|(?:remains?|is|are)\\s+under\\s+discussion|open\\s+to\\s+negotiation|up\\s+for\\s+negotiation`,
    'raises',
    'strong',
    'either',
    `unclear|uncertain|clear\\s+(?:whether|how|who|when|if|what|which)|no\\s+clarity|to\\s+be\\s+seen|(?:barely|hardly|never|even)\\s+been\\s|still\\s+being\\s|under\\s+discussion|(?:to|for)\\s+negotiation`,
  ),
  cue(
    'talks-broke-down',
    'talks broke down',
    `(?:talks|negotiations|discussions|process|dialogue|round)\\s+(?:have\\s+|had\\s+|has\\s+)?(?:\\w+\\s+)?(?:broke(?:n)?\\s+down|collapsed|stalled|foundered|faltered|hit\\s+a\\s+wall|ran\\s+aground|ground\\s+to\\s+a\\s+halt)|(?:broke|break|breaks|breaking)\\s+down\\s+(?:over|on)|(?:stall(?:ed|s|ing)?|snag(?:ged)?|founder(?:ed)?)\\s+over\\b`,
    'blocks',
    'strong',
    'either',
    `(?:broken?|break(?:s|ing)?)\\s+down|collapsed|stall|founder|falter|hit\\s+a\\s+wall|aground|to\\s+a\\s+halt|snag`,
  ),
  cue(
    'open-question',
    'open question',
    `open\\s+questions?|unanswered\\s+questions?|(?:big|key|central|main|thorny|unresolved)\\s+questions?\\s+(?:is|are|remains?|of|over|about)`,
    'raises',
    'strong',
    'either',
    `(?:open|unanswered)\\s+question|questions?\\s+(?:is|are|remain|of|over|about)`,
  ),
  cue(
    'sticking-point',
    'sticking point',
    `sticking[-\\s]points?|stumbling[-\\s]blocks?|(?:biggest|main|remaining|last|final|key|major)\\s+(?:remaining\\s+)?hurdles?|(?:hardest|toughest|tough)\\s+nuts?\\s+to\\s+crack|bones?\\s+of\\s+contention|main\\s+obstacles?|biggest\\s+obstacles?|points?\\s+of\\s+contention|(?:thorniest|hardest|toughest|trickiest|knottiest|most\\s+(?:difficult|contentious|divisive|sensitive|intractable))\\s+(?:files?|questions?|issues?|problems?|parts?|topics?|subjects?|chapters?|dossiers?)`,
    'blocks',
    'strong',
    'either',
    `sticking[-\\s]point|stumbling[-\\s]block|hurdle|nuts?\\s+to\\s+crack|contention|obstacle|(?:thorniest|hardest|toughest|trickiest|knottiest|most\\s+(?:difficult|contentious|divisive|sensitive|intractable))\\s+(?:file|question|issue|problem|part|topic|subject|chapter|dossier)`,
  ),
  cue(
    'key-issues',
    'key issues',
    `(?:key|main|core|central|thorniest|hardest|toughest|most\\s+(?:difficult|contentious|sensitive)|contentious|sensitive|remaining|unresolved)\\s+(?:issues?|questions?|points?|differences|disagreements|matters)\\s*(?:,|:|\\binclud|\\bsuch\\s+as|\\bare\\b|\\bwere\\b|\\bremain|\\bof\\b|\\bover\\b|\\bon\\b|\\bincluded\\b|\\bhad\\b)`,
    'raises',
    'strong',
    'either',
    `(?:key|main|core|central|thorniest|hardest|toughest|most\\s+(?:difficult|contentious|sensitive)|contentious|sensitive|remaining|unresolved)\\s+(?:issue|question|point|difference|disagreement|matter)`,
  ),
  cue(
    'disputes-over',
    'disputes over',
    `disputes?\\s+(?:over|about|on|regarding|concerning)|disputed\\s+(?:over|by)|in\\s+dispute|(?:dispute|disputes|disputed|disputing)\\s+(?:the|any|its|their|whether)\\b`,
    'raises',
    'strong',
    'after',
    `disput`,
  ),
  cue(
    'no-agreement',
    'no agreement',
    `no\\s+(?:agreement|deal|consensus|accord|breakthrough|common\\s+ground)|not\\s+there\\s+yet\\s+on|without\\s+(?:settling|resolving|deciding|specifying|detailing|defining|spelling\\s+out|agreeing(?:\\s+on)?|reaching\\s+(?:an?\\s+)?agreement\\s+on)|(?:failed|fail|fails|failing|unable)\\s+to\\s+(?:agree|reach|bridge|find)|(?:could|can|did|do|does|would)\\s*(?:not|n['’]t)\\s+(?:agree|reach\\s+(?:an?\\s+)?(?:agreement|deal|consensus))|without\\s+(?:an?\\s+)?(?:agreement|deal)\\s+on`,
    'blocks',
    'strong',
    'after',
    `no\\s+(?:agreement|deal|consensus|accord|breakthrough|common\\s+ground)|there\\s+yet\\s+on|without\\s+(?:settling|resolving|deciding|specifying|detailing|defining|spelling|agreeing|reaching|an?\\s|agreement|deal)|(?:fail(?:ed|s|ing)?|unable)\\s+to\\s+(?:agree|reach|bridge|find)|(?:not|n['’]t)\\s+(?:agree|reach)`,
  ),
  cue(
    'deadlock',
    'deadlock',
    `deadlock(?:s|ed)?|impasse|stalemate|stalled\\s+over|gridlock`,
    'blocks',
    'strong',
    'after',
    `deadlock|impasse|stalemate|stalled|gridlock`,
  ),
  cue(
    'at-odds',
    'at odds over',
    `at\\s+odds\\s+(?:over|on|about|with)|(?:still\\s+)?divid(?:e|es|ing)\\s+(?:the\\s+)?(?:two\\s+|three\\s+)?(?:sides|parties|negotiators|allies|delegations|capitals|members)|(?:deeply\\s+|sharply\\s+|still\\s+)?(?:divided|split)\\s+(?:over|on|about)|disagree(?:s|d|ing)?\\s+(?:over|on|about)|disagreements?\\s+(?:over|on|about|remain)|(?<!narrow(?:ed|ing|s)?\\s(?:the\\s)?)differences\\s+(?:over|on|about|remain|persist)|far\\s+apart\\s+(?:on|over)|gaps?\\s+(?:remain|persist)|(?:wide|deep|major)\\s+gaps?\\s+(?:on|over)`,
    'blocks',
    'strong',
    'either',
    `at\\s+odds|divid(?:e|es|ing)\\s|(?:divided|split)\\s+(?:over|on|about)|disagree|differences\\s+(?:over|on|about|remain|persist)|far\\s+apart|gaps?\\s+(?:remain|persist|on|over)`,
  ),
  cue(
    'red-line',
    'red line',
    `red[-\\s]lines?|non[-\\s]negotiable|non[-\\s]starter|not\\s+(?:up\\s+for|open\\s+to)\\s+(?:discussion|negotiation|debate)|off\\s+the\\s+table`,
    'blocks',
    'position',
    'either',
    `red[-\\s]line|negotiable|starter|(?:for|to)\\s+(?:discussion|negotiation|debate)|off\\s+the\\s+table`,
  ),
  cue(
    'will-not-accept',
    'will not accept',
    `will\\s+never\\s+(?:accept|agree|recogni[sz]e|give\\s+up|cede|surrender)|(?:cannot|can['’]t|could\\s+not|will\\s+not|won['’]t|would\\s+not)\\s+(?:accept|agree\\s+to|recogni[sz]e|give\\s+up|cede|surrender)`,
    'blocks',
    'weak',
    'after',
    `never\\s+(?:accept|agree|recogni[sz]e|give\\s+up|cede|surrender)|(?:not|n['’]t)\\s+(?:accept|agree\\s+to|recogni[sz]e|give\\s+up|cede|surrender)`,
  ),
  cue(
    'unacceptable',
    'unacceptable',
    `unacceptable|inadmissible|out\\s+of\\s+the\\s+question`,
    'blocks',
    'position',
    'either',
    `unacceptable|inadmissible|out\\s+of\\s+the\\s+question`,
  ),
  cue(
    'rejected',
    'rejected',
    `reject(?:s|ed|ing|ion)?|refus(?:e|es|ed|ing|al)|dismiss(?:es|ed|ing)?|rul(?:e|es|ed|ing)\\s+out|oppos(?:e|es|ed|ing|ition)\\b|declin(?:e|es|ed|ing)\\s+to|critici[sz](?:e|es|ed|ing)\\b|resist(?:s|ed|ing|ance)?\\b|threat(?:en|ens|ened|ening)\\s+to\\s+(?:block|veto|walk\\s+away)|veto(?:es|ed|ing)?\\b`,
    'blocks',
    'weak',
    'after',
    `reject|refus|dismiss|rul(?:e|es|ed|ing)\\s+out|oppos|declin(?:e|es|ed|ing)\\s+to|critici|resist|threat(?:en|ens|ened|ening)\\s+to\\s|veto`,
  ),
  cue(
    'demands',
    'demands that',
    `demand(?:s|ed|ing)?|insist(?:s|ed|ing|ence)?\\b|calls?\\s+for|called\\s+for|wants?\\s+(?:to\\s+)?|wanted|seeks?\\s+|sought\\s+|condition(?:s|ed)?\\s+(?:on|that)|precondition`,
    'raises',
    'weak',
    'after',
    `demand|insist|calls?\\s+for|called\\s+for|want|seeks?\\s|sought\\s|condition`,
  ),
  cue(
    'progress',
    'progress on',
    `progress\\s+(?:on|over|towards?)|made\\s+progress|narrow(?:ed|ing)?\\s+(?:the\\s+)?(?:differences|gaps?)|closer\\s+(?:to|on)|broad\\s+understanding|convergence|breakthrough\\s+on|moving\\s+forward\\s+on`,
    'progress',
    'weak',
    'after',
    `progress|narrow(?:ed|ing)?\\s+(?:the\\s+)?(?:differences|gaps?)|closer\\s+(?:to|on)|broad\\s+understanding|convergence|breakthrough\\s+on|forward\\s+on`,
  ),
  cue(
    'agreed',
    'agreed',
    `(?:have|has|had)\\s+agreed|agreed\\s+(?:on|to|that)|reached\\s+(?:an?\\s+)?(?:agreement|deal|accord|understanding)|signed\\s+(?:an?|the)\\s+(?:agreement|deal|accord|memorandum)|settled\\s+the`,
    'resolves',
    'weak',
    'after',
    `(?:have|has|had)\\s+agreed|agreed\\s+(?:on|to|that)|reached\\s+(?:an?\\s+)?(?:agreement|deal|accord|understanding)|signed\\s+(?:an?|the)\\s|settled\\s+the`,
  ),
];

function cue(
  id: string,
  label: string,
  source: string,
  stance: Stance,
  strength: Cue['strength'],
  topicSide: Cue['topicSide'],
  anchor: string,
): Cue {
  return {
    id,
    label,
    pattern: new RegExp(`\\b(?:${source})`, 'iu'),
    stance,
    strength,
    topicSide,
    anchor: new RegExp(anchor),
  };
}

/** Any cue's anchor: a sentence without one has no cue. */
const ANY_ANCHOR = new RegExp(CUES.map((c) => c.anchor.source).join('|'));

/**
 * The sentence as the anchors are tested against it: lower case, and the long s (ſ) as s. Under the
 * patterns' case-insensitive Unicode matching only ſ and the Kelvin sign (lower-cased to k) stand for
 * an ASCII letter, so every match of a pattern leaves its anchor in the folded text.
 */
export function foldForAnchors(sentence: string): string {
  const lower = sentence.toLowerCase();
  return lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
}

/** A cue found in a sentence, with its offsets inside the sentence. */
export interface CueMatch {
  cue: Cue;
  start: number;
  end: number;
}

/** Words that turn a resolution or progress cue into its opposite when just before it. */
const NEGATION = /\b(?:not|no|never|yet\s+to|failed\s+to|without|nor|n['’]t)\s+(?:\w+\s+){0,2}$/i;

/** The first cue in `sentence` by priority order; negated `agreed`/`progress` cues are skipped. */
export function findCue(sentence: string): CueMatch | null {
  const folded = foldForAnchors(sentence);
  if (!ANY_ANCHOR.test(folded)) return null;
  for (const c of CUES) {
    if (!c.anchor.test(folded)) continue;
    const m = c.pattern.exec(sentence);
    if (!m) continue;
    if ((c.stance === 'resolves' || c.stance === 'progress') && NEGATION.test(sentence.slice(0, m.index)))
      continue;
    return { cue: c, start: m.index, end: m.index + m[0].length };
  }
  return null;
}
