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
const SPEECH = `said|says|say|told|added|stated|warned|insisted|insists|argued|argues|noted|claimed|claims|stressed|declared|wrote|demanded|demands|demand|rejected|rejects|reject|refused|refuses|refuse|wants|want|wanted|proposed|proposes|propose|called|calls|accused|believes|believe|countered|replied|responded|maintained|maintains|sees|see|considers|consider|opposes|oppose|opposed|has\\s+(?:said|rejected|refused|demanded|insisted|called|proposed)|have\\s+(?:said|rejected|refused|demanded|insisted|called|proposed)|would\\s+not|will\\s+not|cannot|won['’]t|is\\s+ready|are\\s+ready|hopes|hope|seeks|seek|offered|offers|agreed|agree|agrees|expects|expect`;

const ATTRIBUTED_AFTER = new RegExp(
  `(?:^|[^\\p{L}])(?:the\\s+)?(${GROUP}|${NAME})(?:\\s*,\\s*[^,]{2,90}?,)?(?:\\s+(?:on|late\\s+on|early\\s+on)\\s+[A-Z]\\w+|\\s+(?:yesterday|today|again))?\\s+(?:(?:also|later|again|repeatedly|publicly|flatly|firmly|reportedly|has|have|had)\\s+)?(?:${SPEECH})\\b`,
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
  const after = ATTRIBUTED_AFTER.exec(sentence);
  const before = ATTRIBUTED_BEFORE.exec(sentence);
  const candidates = [after?.[1], before?.[1]];
  // Prefer the earlier of the two in the sentence: it is usually the speaker of the clause with the cue.
  if (after && before && before.index < after.index) candidates.reverse();
  for (const raw of candidates) {
    const name = raw ? clean(raw) : null;
    if (name) return name;
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
