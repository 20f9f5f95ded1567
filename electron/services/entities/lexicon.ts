import type { EntityType } from '../../../shared/model/entity';

/**
 * Word lists for news prose. They are general knowledge about how English news writes, not about any
 * corpus: countries, capitals and frequently reported cities (with their romanisation variants), the
 * institutions that appear in foreign news, titles, and words that look like names but are not.
 */

/** A built-in gazetteer row: canonical name, type, aliases that are certainly the same thing. */
export interface GazetteerRow {
  name: string;
  type: EntityType;
  aliases?: string[];
  /** Other names (former, other-language) that may refer to it: offered as suggestions, never merged. */
  variants?: string[];
}

const places = (names: string): GazetteerRow[] =>
  names.split('|').map((name) => ({ name: name.trim(), type: 'place' as const }));

/** Places, organisations and their aliases. */
export const GAZETTEER: readonly GazetteerRow[] = [
  {
    name: 'United States',
    type: 'place',
    aliases: ['US', 'U.S.', 'USA', 'U.S.A.', 'United States of America'],
  },
  { name: 'United Kingdom', type: 'place', aliases: ['UK', 'U.K.', 'Britain', 'Great Britain'] },
  { name: 'United Arab Emirates', type: 'place', aliases: ['UAE', 'U.A.E.', 'Emirates'] },
  { name: 'Russia', type: 'place', aliases: ['Russian Federation'] },
  { name: 'Türkiye', type: 'place', aliases: ['Turkiye'], variants: ['Turkey'] },
  { name: 'Kyiv', type: 'place', variants: ['Kiev'] },
  { name: 'Kharkiv', type: 'place', variants: ['Kharkov'] },
  { name: 'Odesa', type: 'place', variants: ['Odessa'] },
  { name: 'Lviv', type: 'place', variants: ['Lvov'] },
  { name: 'Luhansk', type: 'place', variants: ['Lugansk'] },
  { name: 'Mykolaiv', type: 'place', variants: ['Nikolaev', 'Nikolayev'] },
  { name: 'Zaporizhzhia', type: 'place', aliases: ['Zaporizhia', 'Zaporizhzhya'], variants: ['Zaporozhye'] },
  { name: 'Bakhmut', type: 'place', variants: ['Artemovsk', 'Artyomovsk'] },
  { name: 'Dnipro', type: 'place', variants: ['Dnipropetrovsk', 'Dnepropetrovsk', 'Dnepr'] },
  { name: 'Pokrovsk', type: 'place', variants: ['Krasnoarmeysk', 'Krasnoarmiisk'] },
  { name: 'Chernihiv', type: 'place', variants: ['Chernigov'] },
  { name: 'Rivne', type: 'place', variants: ['Rovno'] },
  { name: 'Belarus', type: 'place', variants: ['Byelorussia', 'Belorussia'] },
  { name: 'Moldova', type: 'place', variants: ['Moldavia'] },
  { name: 'Donbas', type: 'place', aliases: ['Donbass'] },
  ...places(
    'Ukraine|Poland|Germany|France|Italy|Spain|Portugal|Belgium|Netherlands|Luxembourg|Austria|Switzerland|' +
      'Hungary|Slovakia|Czech Republic|Czechia|Romania|Bulgaria|Greece|Serbia|Croatia|Slovenia|Albania|' +
      'Georgia|Armenia|Azerbaijan|Kazakhstan|Uzbekistan|Estonia|Latvia|Lithuania|Finland|Sweden|Norway|' +
      'Denmark|Iceland|Ireland|China|India|Japan|Iran|Iraq|Israel|Syria|Lebanon|Jordan|Egypt|Qatar|' +
      'Saudi Arabia|Oman|Kuwait|Bahrain|Yemen|Pakistan|Afghanistan|Brazil|Argentina|Mexico|Canada|Colombia|' +
      'Venezuela|Chile|Peru|South Africa|Nigeria|Kenya|Ethiopia|Angola|Indonesia|Malaysia|Vietnam|' +
      'North Korea|South Korea|Australia|New Zealand|Europe|Africa|Asia|Crimea|Donetsk|Kherson|Sumy|' +
      'Kramatorsk|Sloviansk|Mariupol|Melitopol|Berdiansk|Enerhodar|Avdiivka|Kupiansk|Vovchansk|Myrnohrad|' +
      'Kostiantynivka|Druzhkivka|Dobropillia|Izium|Poltava|Vinnytsia|Zhytomyr|Uzhhorod|Chernivtsi|' +
      'Moscow|St Petersburg|Saint Petersburg|Belgorod|Kursk|Bryansk|Rostov|Saratov|Sevastopol|Minsk|' +
      'Washington|New York|Florida|Miami|Palm Beach|Brussels|Bern|Vienna|Berlin|Paris|' +
      'London|Rome|Madrid|Warsaw|Budapest|Prague|Bratislava|Bucharest|Riga|Vilnius|Tallinn|Helsinki|' +
      'Stockholm|Oslo|Copenhagen|Amsterdam|The Hague|Ankara|Istanbul|Riyadh|Jeddah|Abu Dhabi|Dubai|Doha|' +
      'Tehran|Beijing|New Delhi|Delhi|Tokyo|Pretoria|Jakarta|Luanda|Minsk|Tbilisi|Chisinau',
  ),
  { name: 'Geneva', type: 'place', aliases: ['Genève', 'Genf'] },
  { name: 'Zürich', type: 'place', aliases: ['Zurich'] },
  { name: 'Brasília', type: 'place', aliases: ['Brasilia'] },
  {
    name: 'NATO',
    type: 'organisation',
    aliases: ['North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'Nato'],
  },
  { name: 'European Union', type: 'organisation', aliases: ['EU', 'E.U.'] },
  { name: 'United Nations', type: 'organisation', aliases: ['UN', 'U.N.'] },
  {
    name: 'UN Security Council',
    type: 'organisation',
    aliases: ['United Nations Security Council', 'U.N. Security Council', 'Security Council'],
  },
  { name: 'UN General Assembly', type: 'organisation', aliases: ['United Nations General Assembly'] },
  { name: 'IAEA', type: 'organisation', aliases: ['International Atomic Energy Agency'] },
  { name: 'OSCE', type: 'organisation', aliases: ['Organization for Security and Co-operation in Europe'] },
  { name: 'International Monetary Fund', type: 'organisation', aliases: ['IMF'] },
  { name: 'World Bank', type: 'organisation' },
  { name: 'Kremlin', type: 'organisation' },
  { name: 'White House', type: 'organisation' },
  { name: 'Pentagon', type: 'organisation' },
  {
    name: 'State Department',
    type: 'organisation',
    aliases: ['US State Department', 'U.S. State Department'],
  },
  { name: 'European Commission', type: 'organisation' },
  { name: 'European Council', type: 'organisation' },
  { name: 'European Parliament', type: 'organisation' },
  { name: 'G7', type: 'organisation', aliases: ['Group of Seven'] },
  { name: 'G20', type: 'organisation', aliases: ['Group of 20', 'Group of Twenty'] },
  { name: 'Gazprom', type: 'organisation' },
  { name: 'Naftogaz', type: 'organisation' },
  { name: 'Rosatom', type: 'organisation' },
  { name: 'Rosneft', type: 'organisation' },
  { name: 'Lukoil', type: 'organisation' },
  { name: 'Euroclear', type: 'organisation' },
  { name: 'Hamas', type: 'organisation' },
  { name: 'Hezbollah', type: 'organisation' },
  { name: 'Wagner', type: 'organisation', aliases: ['Wagner Group'] },
  { name: 'Verkhovna Rada', type: 'organisation', aliases: ['Rada'] },
  { name: 'Duma', type: 'organisation', aliases: ['State Duma'] },
];

/** News agencies and photo agencies: in credits they are furniture, not entities. */
export const AGENCIES = new Set(
  [
    'Reuters',
    'AP',
    'Associated Press',
    'AFP',
    'Agence France-Presse',
    'Getty Images',
    'Getty',
    'EPA',
    'EPA-EFE',
    'Bloomberg',
    'TASS',
    'Interfax',
    'Ukrinform',
    'RIA Novosti',
    'Anadolu',
    'Anadolu Agency',
    'Xinhua',
    'PA',
    'PA Media',
    'dpa',
    'ANI',
    'PTI',
    'IANS',
    'Sputnik',
    'Shutterstock',
    'Alamy',
  ].map((s) => s.toLowerCase()),
);

/** Titles and roles that precede a person's name ("Kremlin spokesperson Dmitry Peskov", "Mr Umarov"). */
export const TITLE_WORDS = new Set(
  (
    'mr mrs ms miss dr prof president vice prime minister ministers chancellor secretary spokesperson ' +
    'spokesman spokeswoman envoy special ambassador general gen lt col colonel major admiral sgt captain ' +
    'king queen prince princess crown sheikh emir pope cardinal senator sen rep representative governor ' +
    'mayor commissioner chief deputy adviser advisor aide negotiator director chairman chairwoman chair ' +
    'speaker premier foreign defence defense interior finance economy energy justice first lady sir ' +
    'dame lord judge patriarch metropolitan commander head leader officer official analyst lawmaker ' +
    'mp pm ceo executive presidential national security state assistant undersecretary counsel attorney ' +
    'manager coach'
  ).split(' '),
);

/** Demonyms and adjectives of place that begin a name run but are not part of the name. */
export const DEMONYMS = new Set(
  (
    'ukrainian ukrainians russian russians american americans european europeans british french german ' +
    'polish turkish chinese indian saudi emirati swiss belgian dutch italian spanish hungarian slovak ' +
    'estonian latvian lithuanian finnish swedish norwegian danish brazilian iranian israeli syrian ' +
    'soviet western eastern baltic nordic crimean qatari japanese korean canadian georgian belarusian ' +
    'moldovan romanian bulgarian czech austrian greek irish arab african asian english arabic hebrew ' +
    'portuguese latin'
  ).split(' '),
);

/** Capitalised words that are never names on their own (sentence starters, calendar, pronouns...). */
export const NOT_NAMES = new Set(
  (
    'the a an in on at of for and but or if as by to from with without after before during since until ' +
    'while when where what who why how which that this these those there here it its he she they we you ' +
    'i his her their our my your one two three four five six seven eight nine ten first second third ' +
    'last next new monday tuesday wednesday thursday friday saturday sunday january february march april ' +
    'may june july august september october november december mon tue wed thu fri sat sun jan feb mar apr ' +
    'jun jul aug sep sept oct nov dec today yesterday tomorrow however meanwhile also yet still even ' +
    'asked said says according read more share follow updated published photo video live watch listen ' +
    'breaking analysis opinion comment editorial exclusive explainer update updates latest news story ' +
    'under over about against between among across through into onto upon not no yes all any some both ' +
    'each every many most much other such than then so do does did be is are was were been being have ' +
    'has had will would can could should must might shall let lets ok mr mrs ms dr sir tags print email ' +
    'copy link short url top trending recommended most read more min reporting editing writing advertisement ' +
    'christmas easter war peace talks deal plan framework ceasefire summit ministry government officials ' +
    'president minister chancellor spokesperson foreign secretary prime north south east west central ' +
    'whether only although though because once unless instead despite including unlike inside outside near ' +
    'fla several many analysts diplomats officials sources critics global'
  ).split(' '),
);

/** Last words that make a capitalised run an organisation ("... Council", "... Agency"). */
export const ORG_SUFFIXES = new Set(
  (
    'council agency ministry commission union organisation organization company corporation corp inc ltd ' +
    'plc group party bank fund forces force army navy command staff department office committee court ' +
    'parliament assembly service services institute institution university college foundation association ' +
    'federation alliance coalition administration authority bureau guard directorate centre center ' +
    'senate congress brigade regiment battalion division club fc league board secretariat network movement ' +
    'front cabinet church police affairs studies strategies research relations sociology policy programme ' +
    'initiative fund trust'
  ).split(' '),
);

/** Last words that make a capitalised run a place ("Bankova Street", "Lake Geneva" is handled by prefix). */
export const PLACE_SUFFIXES = new Set(
  'street avenue square palace house river lake sea region oblast province district island islands mountains bay gulf bridge airport port beach city county peninsula'.split(
    ' ',
  ),
);

/** Words that make a capitalised run a place when they come first ("Lake Geneva", "Gulf of ..."). */
export const PLACE_PREFIXES = new Set([
  'lake',
  'gulf',
  'mount',
  'port',
  'cape',
  'sea',
  'river',
  'fort',
  'quai',
  'rue',
  'via',
  'piazza',
  'plaza',
]);

/** Words of {@link NOT_NAMES} that may still open a name ("North Korea", "Central Election Commission"). */
export const MAY_OPEN_NAME = new Set([
  'north',
  'south',
  'east',
  'west',
  'central',
  'new',
  'first',
  'second',
  'third',
]);

/** Verbs of speech right after a name: "Umarov said" is a person. */
export const SPEECH_VERBS = new Set(
  'said says told tells added adds warned warns stressed insisted noted wrote argued replied declined met urged'.split(
    ' ',
  ),
);
