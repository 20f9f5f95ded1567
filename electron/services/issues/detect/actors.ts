/**
 * Finds the actor of a sentence: who says, demands, rejects or wants. Until the entities service
 * resolves names to entities, the actor is the name as written, without its title ("President
 * Vladimir Putin" → "Vladimir Putin"). Order of evidence: explicit attribution ("X said", "said X",
 * "according to X") beats the grammatical subject of a position verb ("Russia demands...").
 */

const NAME_WORD = `(?:[A-Z][\\p{L}'’.-]*|al-[A-Z][\\p{L}-]*|U\\.S\\.|UK|EU|UN|NATO|IAEA)`;
const PARTICLE = `(?:\\s+(?:de|van|von|bin|al|la|le|da|del)\\s+|\\s+)`;
const NAME = `${NAME_WORD}(?:${PARTICLE}${NAME_WORD}){0,3}`;
/** Group nouns that act as speakers in news copy ("European officials", "the Kremlin"). */
const GROUP = `(?:${NAME_WORD}\\s+)?(?:officials|diplomats|negotiators|leaders|allies|sources|lawmakers|ministers|partners|delegation|side|government|administration)`;
const SPEECH = `said|says|say|told|added|stated|warned|insisted|insists|insist|rul(?:ed|es)\\s+out|(?:has|have)\\s+yet\\s+to|declined|declines|resists|resisted|continues\\s+to\\s+(?:resist|reject|oppose|insist|demand)|threatened|threatens|argued|argues|noted|claimed|claims|stressed|declared|wrote|demanded|demands|demand|rejected|rejects|reject|refused|refuses|refuse|wants|want|wanted|proposed|proposes|propose|called|calls|accused|believes|believe|countered|replied|responded|maintained|maintains|sees|see|considers|consider|opposes|oppose|opposed|has\\s+(?:said|rejected|refused|demanded|insisted|called|proposed)|have\\s+(?:said|rejected|refused|demanded|insisted|called|proposed)|would\\s+not|will\\s+not|cannot|won['’]t|is\\s+ready|are\\s+ready|hopes|hope|seeks|seek|offered|offers|agreed|agree|agrees|expects|expect|blocked|blocks|block|remain\\s+(?:split|divided|at\\s+odds)|remains\\s+(?:split|divided|at\\s+odds)|are\\s+(?:split|divided|at\\s+odds)|dismissed|dismisses|dismiss|vetoed|rejected`;

const ATTRIBUTED_AFTER = new RegExp(
  `(?:^|[^\\p{L}])(?:the\\s+)?(${GROUP}|${NAME})(?:\\s*,\\s*[^,]{2,90}?,)?(?:\\s+(?:on|late\\s+on|early\\s+on)\\s+[A-Z]\\w+|\\s+(?:yesterday|today|again))?(?:\\s*,)?\\s+(?:(?:also|later|again|repeatedly|publicly|flatly|firmly|reportedly|has|have|had|previously|already|long)\\s+){0,2}(?:${SPEECH})\\b`,
  'u',
);
/** "Diplomats trying to revive the agreement said": a group noun, a short lower-case clause, a verb. */
const ATTRIBUTED_GROUP = new RegExp(
  `(?:^|[^\\p{L}])((?:[A-Z][\\p{L}-]*\\s+)?(?:[Oo]fficials|[Dd]iplomats|[Nn]egotiators|[Ll]eaders|[Mm]inisters|[Ss]ources|[Aa]nalysts|[Ll]awmakers|[Aa]llies|[Ee]nvoys))(?:\\s+[a-z][\\p{L}'’-]*){1,8}\\s+(?:said|say|says|told|warned|insisted)\\b`,
  'u',
);
/** "according to the Ukrainian ombudsman, Dmytro Lubinets": the name after a descriptive appositive. */
const ATTRIBUTED_APPOSITIVE = new RegExp(
  `\\b(?:according\\s+to|said|says|told\\s+\\w+)\\s+(?:the\\s+|a\\s+)?(?:[\\p{L}-]+\\s+){0,4}?[a-z][\\p{L}-]*,\\s+(${NAME})`,
  'u',
);
const ATTRIBUTED_BEFORE = new RegExp(
  `\\b(?:said|says|told\\s+\\w+|according\\s+to|wrote|added|warned)\\s+(?:the\\s+)?(?:[a-z][\\p{L}-]*\\s+){0,4}(${NAME}|${GROUP})`,
  'u',
);

/** Capitalised words that start sentences or name things but are not speakers. */
const NOT_ACTORS = new Set([
  'The',
  'A',
  'An',
  'But',
  'And',
  'However',
  'What',
  'Here',
  'This',
  'That',
  'These',
  'Those',
  'It',
  'He',
  'She',
  'They',
  'We',
  'I',
  'You',
  'There',
  'If',
  'When',
  'While',
  'After',
  'Before',
  'In',
  'On',
  'At',
  'For',
  'Both',
  'Each',
  'All',
  'Some',
  'Other',
  'Very',
  'Talks',
  'Language',
  'Asked',
  'Speaking',
  'Meanwhile',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'Still',
  'Yet',
  'Officials',
  'Sources',
  'Territory',
  'Sanctions',
  'Elections',
  'Security',
  'Reconstruction',
  'Frozen',
  'Neither',
  'Nor',
  'One',
  'Two',
  'Three',
  'Many',
  'Several',
  'Such',
  'Under',
  'Among',
  'Across',
  'Instead',
  'Later',
  'Earlier',
  'Why',
  'How',
  'Who',
  'Where',
  'Which',
  'Whether',
  'Also',
  'Even',
  'Only',
  'Now',
  'Then',
  'So',
]);

/** Titles stripped from a name ("President", "Foreign Minister"...). */
const TITLE =
  /^(?:(?:U\.S\.|US|Russian|Ukrainian|French|German|British|Polish|Turkish|European|Kremlin|White\s+House|Foreign|Prime|Defen[cs]e|Deputy|Special|Chief|Former|Senior|Vice|Acting)\s+)*(?:President|Minister|Chancellor|Secretary(?:\s+of\s+State)?|Secretary-General|Spokesperson|Spokesman|Spokeswoman|Envoy|Negotiator|Adviser|Advisor|Aide|Ambassador|Senator|Sen\.|Rep\.|Gen\.|General|Mr\.?|Mrs\.?|Ms\.|Dr\.|Premier|Commissioner|Director|Chair(?:man|woman)?|Lieutenant\s+General|Colonel|Pope|King|Prince)\s+/u;

/** The actor named in `sentence`, or null. */
export function findActor(sentence: string): string | null {
  const after = firstValid(ATTRIBUTED_AFTER, sentence);
  const before = firstValid(ATTRIBUTED_APPOSITIVE, sentence) ?? firstValid(ATTRIBUTED_BEFORE, sentence);
  // Prefer the earlier of the two in the sentence: it is usually the speaker of the clause with the cue.
  const ordered = after && before && before.index < after.index ? [before, after] : [after, before];
  return ordered[0]?.name ?? ordered[1]?.name ?? firstValid(ATTRIBUTED_GROUP, sentence)?.name ?? null;
}

/** The first match of `pattern` whose name survives cleaning ("administration will not" does not). */
function firstValid(pattern: RegExp, sentence: string): { name: string; index: number } | null {
  const re = scanner(pattern);
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    // "seen by Meridian Wire, calls for": a passive agent or an object is not the speaker.
    const lead = sentence.slice(Math.max(0, m.index - 12), m.index + (m[0].length - m[0].trimStart().length));
    const name = m[1] && !/\b(?:by|of|from|with|for|at|in)\s+(?:the\s+)?$/i.test(lead) ? clean(m[1]) : null;
    if (name) return { name, index: m.index };
    re.lastIndex = m.index + Math.max(1, m[0].length);
  }
  return null;
}

function clean(raw: string): string | null {
  let name = raw.trim().replace(/['’]s$/, '');
  if (!/U\.S\.$/.test(name)) name = name.replace(/[.,;:]$/, '');
  for (let i = 0; i < 3; i++) name = name.replace(TITLE, '');
  name = name.replace(/^(?:the|The)\s+/, '');
  const words = name.split(/\s+/);
  while (words.length && NOT_ACTORS.has(words[0] ?? '')) words.shift();
  if (!words.length) return null;
  const joined = words.join(' ');
  const out = /U\.S\.$/.test(joined) ? joined : joined.replace(/[.,]$/, '');
  if (out.length < 2 || !/^[\p{Lu}]/u.test(out)) return null;
  return out;
}

/** Global copies of the attribution patterns, compiled once (a fresh RegExp per sentence was costly). */
const SCANNERS = new Map<RegExp, RegExp>();

function scanner(pattern: RegExp): RegExp {
  let re = SCANNERS.get(pattern);
  if (!re) {
    re = new RegExp(pattern.source, 'gu');
    SCANNERS.set(pattern, re);
  }
  return re;
}
