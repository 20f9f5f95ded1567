/**
 * Sentence context that says a cue word is used in another sense: sport ("the tie remained
 * unresolved", "unacceptable behaviour of a player"), courts ("the court rejected the appeal"),
 * manners ("unacceptable remarks"). Such sentences are kept only when a seed negotiation topic is also
 * named, and never when the cue itself is bound to the other sense.
 */

const SPORT =
  /\b(?:match(?:es)?|goals?|referee|league|season|coach|striker|midfielder|defender|goalkeeper|tournament|championship|club|fans|penalt(?:y|ies)|football|soccer|tennis|players?|derby|cup|semi-?final|quarter-?final|kick-?off|red card|yellow card|stadium|fixture|playoffs?|transfer window|squad|scored|umpire|olympics?|athletes?|race|lap)\b/i;
// A court named as a party of the talks (the European Court of Justice's role) is not the courtroom sense.
const COURT =
  /\b(?:court(?!\s+of\s+(?:justice|arbitration|human\s+rights))|judge|judges|appeal|appeals|lawsuit|verdict|jury|prosecutors?|plaintiffs?|defendants?|ruling|asylum|visa|application|petition|motion|complaint|bail|sentence|convicted|trial)\b/i;
const MANNERS =
  /\bunacceptable\s+(?:behaviou?r|conduct|language|remarks?|comments?|treatment|delays?|noise|levels?|risk)\b/i;
const OTHER_SENSE =
  /\b(?:rejected\s+(?:the\s+)?(?:appeal|application|bid|claim|request|petition|motion|offer\s+from\s+\w+\s+club)|dispute\s+(?:resolution|settlement\s+body)|labou?r\s+dispute|pay\s+dispute|custody|divorce|strike\s+action|(?:trade|labou?r|teachers['’]?|workers['’]?|dockers['’]?)\s+unions?|weather|forecast|outage|software|bug|crossword|puzzle|recipe)\b/i;

/** Words that place a sentence in talks, diplomacy or a settlement. */
const NEGOTIATION =
  /\b(?:talks|negotiat\w*|deal|agreement|accord|plan|peace|draft|framework|treaty|summit|delegations?|envoys?|ceasefire|settlement|sides|parties|proposals?|points?|memorandum|kremlin|moscow|kyiv|kiev|washington|brussels|ministers?|diplomat\w*|leaders?|officials|government|sanctions|war|troops|allies|president|security|text|clauses?|provisions?|concessions?|compromise)\b/i;

/** Why a sentence is not about a negotiation question, or null when it may be. */
export function otherSense(sentence: string, hasSeedTopic: boolean): string | null {
  if (MANNERS.test(sentence) && !hasSeedTopic) return 'manners';
  if (OTHER_SENSE.test(sentence) && !hasSeedTopic) return 'other-sense';
  if (SPORT.test(sentence) && !NEGOTIATION.test(sentence)) return 'sport';
  if (SPORT.test(sentence) && !hasSeedTopic) return 'sport';
  if (COURT.test(sentence) && !hasSeedTopic) return 'court';
  return null;
}

/** True when `text` mentions talks, diplomacy or a settlement. */
export function negotiationContext(text: string): boolean {
  return NEGOTIATION.test(text);
}
