/**
 * The seed lexicon of negotiation topics: each key groups the many ways news copy names one question.
 * Patterns are matched case-insensitively on whole words. The list is deliberately about the
 * vocabulary of peace talks and sanctions in general, not the names in any one corpus: place names
 * appear only where news uses them as shorthand for the territorial question (Crimea, Donbas).
 */
export interface TopicEntry {
  key: string;
  label: string;
  pattern: RegExp;
  /**
   * Word parts at least one of which every match of `pattern` contains, lower case (like the cue
   * anchors of cues.ts): a sentence folded by `foldForAnchors` without any of them cannot name the topic.
   */
  anchor: RegExp;
}

const t = (key: string, label: string, source: string, anchor: string): TopicEntry => ({
  key,
  label,
  pattern: new RegExp(`\\b(?:${source})`, 'iu'),
  anchor: new RegExp(anchor),
});

/** Seed topics, most specific first: the first entry that claims a span wins it. */
export const LEXICON: readonly TopicEntry[] = [
  t(
    'frozen-assets',
    'frozen assets',
    `frozen\\s+(?:\\w+\\s+){0,3}(?:assets|funds|reserves)|immobili[sz]ed\\s+(?:\\w+\\s+){0,3}(?:assets|funds|reserves)|reparations?\\s+loans?|central[-\\s]bank\\s+(?:assets|reserves)`,
    `frozen|immobili|reparation|bank`,
  ),
  t(
    'nuclear-plant',
    'nuclear plant control',
    `nuclear\\s+(?:power\\s+)?(?:plant|station|facility|site)s?|(?:ZNPP|NPP)\\b|atomic\\s+(?:power\\s+)?(?:plant|station)`,
    `nuclear|npp|atomic`,
  ),
  t(
    'ceasefire-monitoring',
    'ceasefire monitoring',
    `(?:monitor(?:ing|s|ed)?|verif(?:y|ying|ication)|observ(?:er|ers|ing|ation))\\s+(?:\\w+\\s+){0,3}(?:ceasefire|truce|line\\s+of\\s+contact)|(?:ceasefire|truce)\\s+(?:monitor(?:ing|s)?|verification|observers?|mechanism)|monitoring\\s+mission|(?:ceasefire|truce)\\s+(?:\\w+\\s+){0,4}(?:monitored|verified|observed|policed)`,
    `monitor|verif|observ|ceasefire|truce`,
  ),
  t(
    'security-guarantees',
    'security guarantees',
    `security\\s+(?:guarantees?|assurances?|commitments?|arrangements?|pact)|guarantees?\\s+(?:of|for)\\s+(?:\\w+\\s+){0,2}security|article\\s*5|(?:western|european|foreign|nato|british|french)\\s+(?:troops|forces|soldiers|contingents?)|(?:troops|boots)\\s+on\\s+the\\s+ground|peacekeep(?:ers|ing)|reassurance\\s+force|(?:multinational|international|stabili[sz]ation)\\s+force|(?:security|defen[cs]e)\\s+guarantor|guarantees(?!\\s+(?:on|over|about)\\s+(?!(?:the\\s+|its\\s+|their\\s+)?(?:security|safety|defen[cs]e)))`,
    `security|guarant|article|troops|force|soldiers|contingent|boots|peacekeep|reassurance`,
  ),
  t(
    'nato-membership',
    'NATO membership',
    `nato\\s+(?:membership|accession|aspirations?|bid|enlargement|expansion)|(?:join|joining|joins|entry\\s+into|membership\\s+(?:of|in)|accession\\s+to|admission\\s+to)\\s+(?:the\\s+)?nato|neutral(?:ity|\\s+status)|non[-\\s]aligned\\s+status|(?:ban|bar|barred|barring)\\s+(?:\\w+\\s+){0,3}nato|nato(?=\\s+(?:forever|ever|door))|nato`,
    `nato|neutral|aligned`,
  ),
  t(
    'army-size',
    'limits on the armed forces',
    `(?:size|cap|caps|ceiling|limits?|limitations?)\\s+(?:of|on)\\s+(?:\\w+\\s+){0,2}(?:army|armed\\s+forces|military|troops)|demilitari[sz]ation|troop\\s+(?:numbers|ceiling|cap)`,
    `army|armed|military|troop|demilitari`,
  ),
  t(
    'eu-membership',
    'EU membership',
    `(?:eu|european\\s+union)\\s+(?:membership|accession|candidacy|entry|bid|integration)|(?:join(?:ing|s)?|entry\\s+into|accession\\s+to|membership\\s+(?:of|in))\\s+(?:the\\s+)?(?:eu|european\\s+union)\\b`,
    `eu`,
  ),
  t(
    'sanctions',
    'sanctions',
    `sanctions?(?:\\s+relief)?|embargo(?:es)?|price\\s+cap`,
    `sanction|embargo|price`,
  ),
  t(
    'reconstruction',
    'reconstruction',
    `reconstruction|rebuild(?:ing)?|recovery\\s+fund|reparations`,
    `reconstruction|rebuild|recovery|reparations`,
  ),
  t(
    'prisoner-exchange',
    'prisoner exchange',
    `prisoners?(?:\\s+of\\s+war)?|pows?\\b|(?:civilian\\s+)?detainees|(?:prisoner|captive)\\s+(?:swap|exchange)s?|all[-\\s]for[-\\s]all|(?:deported|abducted)\\s+children|(?:civilians|nationals|citizens)\\s+(?:\\w+\\s+)?(?:detained|held|captured)|detained\\s+(?:\\w+\\s+){0,2}(?:nationals|citizens|civilians|journalists)|hostages?|release\\s+of\\s+(?:\\w+\\s+){0,2}(?:prisoners|detainees|nationals|hostages)|return\\s+of\\s+(?:\\w+\\s+){0,2}children`,
    `prisoner|pow|detainee|captive|all[-\\s]for|children|detained|held|captured|hostage|release`,
  ),
  t(
    'sovereignty',
    'sovereignty',
    `sovereign(?:ty)?|independence\\s+of\\s+ukraine|right\\s+to\\s+choose\\s+(?:its|their)\\s+alliances`,
    `sovereign|independence|alliances`,
  ),
  t(
    'territory',
    'territory',
    `territor(?:y|ies|ial)|occupied\\s+(?:\\w+\\s+){0,2}(?:lands?|areas|regions?|parts|territor(?:y|ies))|(?:land|territorial)\\s+(?:swap|concessions?|exchange)|line\\s+of\\s+contact|front\\s*line\\s+(?:freeze|frozen)|withdraw(?:al|s|n)?\\s+(?:\\w+\\s+){0,3}from\\s+(?:the\\s+)?(?:rest\\s+of\\s+)?(?:\\w+\\s+){0,3}(?:region|oblast|donbas|donetsk|luhansk)|donbas+|crimea|inch\\s+of\\s+(?:\\w+\\s+)?(?:land|territory)|(?:its|their|our)\\s+(?:own\\s+)?land\\b|annex(?:ation|ed)|borders?\\b(?!\\s+(?:tax|adjustment|levy|levies|checks?|controls?|guards?|force|police|crossings?|agency|posts?))|demilitari[sz]ed\\s+zone|buffer\\s+zone`,
    `territor|occupied|land|contact|front|withdraw|donbas|crimea|inch|annex|border|zone`,
  ),
  t(
    'ceasefire',
    'ceasefire',
    `cease[-\\s]?fire|truce|cessation\\s+of\\s+hostilities|armistice|energy\\s+(?:strikes?\\s+)?moratorium`,
    `cease|truce|cessation|armistice|moratorium`,
  ),
  t(
    'elections',
    'elections',
    `elections?|electoral|vote\\s+(?:within|before|after)|polls?\\s+(?:within|before)|referend(?:um|a)`,
    `election|electoral|vote|poll|referend`,
  ),
  t('amnesty', 'amnesty', `amnest(?:y|ies)|war\\s+crimes|accountability`, `amnest|crimes|accountability`),
  t(
    'language-church',
    'language and church',
    `russian[-\\s]language|language\\s+rights|orthodox\\s+church|religious\\s+(?:freedom|rights)|minority\\s+rights`,
    `language|orthodox|religious|minority`,
  ),
  t(
    'energy-transit',
    'gas transit',
    `gas\\s+transit|transit\\s+(?:deal|contract|agreement)|pipelines?`,
    `transit|pipeline`,
  ),
  t(
    'black-sea',
    'Black Sea shipping',
    `black\\s+sea\\s+(?:ports?|shipping|navigation|corridor|trade)|commercial\\s+shipping|grain\\s+(?:corridor|deal|exports?)|freedom\\s+of\\s+navigation`,
    `black|shipping|grain|navigation`,
  ),
];

/** The lexicon entry for a key, if it is a seed topic. */
export function lexiconEntry(key: string): TopicEntry | undefined {
  return LEXICON.find((e) => e.key === key);
}
