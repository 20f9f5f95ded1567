/**
 * Statements in the text that give a second name for the same thing: "Bakhmut, which Russia calls
 * Artemovsk", "Dnipro (formerly Dnipropetrovsk)", "Pokrovsk, known in Russian as Krasnoarmeysk",
 * "Zaporizhzhia, formerly known as Aleksandrovsk", "Volgograd was renamed from Stalingrad".
 */

/** Two names the text says denote the same thing; `first` is the name the sentence leads with. */
export interface RenameStatement {
  first: { start: number; end: number; text: string };
  second: { start: number; end: number; text: string };
  /** The words of the statement, quoted in the suggestion's reason. */
  statement: string;
  start: number;
  end: number;
}

const NAME = String.raw`(\p{Lu}[\p{L}\p{M}'’-]+(?:[ ]\p{Lu}[\p{L}\p{M}'’-]+){0,2})`;
const WHO = String.raw`(?:Russia|Moscow|the Kremlin|Russians|Russian officials|Russian forces|Ukraine|Kyiv|Ukrainians|locals|residents|Soviet maps|occupation authorities)`;

const PATTERNS: readonly RegExp[] = [
  // X, which Russia calls Y / X, which Moscow still refers to as Y
  new RegExp(
    String.raw`${NAME},? (?:which|whom|that) ${WHO} (?:still |now |officially )?(?:calls?|called|refers? to as|referred to as|names?|named|renamed) ${NAME}`,
    'gu',
  ),
  // X (formerly Y) / X (formerly known as Y) / X (previously Y) / X (Y in Russian)
  new RegExp(
    String.raw`${NAME} \((?:formerly|previously|once|until \d{4})(?: known as| called)? ${NAME}\)`,
    'gu',
  ),
  new RegExp(String.raw`${NAME} \(${NAME} in (?:Russian|Ukrainian|Soviet times)\)`, 'gu'),
  // X, formerly Y / X, formerly known as Y / X, also known as Y / X, known in Russian as Y
  new RegExp(String.raw`${NAME}, (?:formerly|previously)(?: known as| called)? ${NAME}`, 'gu'),
  new RegExp(
    String.raw`${NAME},? (?:also |better |formerly |previously )?known (?:in Russian |in Ukrainian |locally |in Soviet times |in Russia |to Russians )?as ${NAME}`,
    'gu',
  ),
  // X was renamed Y (in 2016) / X was renamed from Y
  new RegExp(String.raw`${NAME} (?:was|has been) renamed (?:from )?${NAME}`, 'gu'),
];

const LEADING = /^(?:(?:The|In|On|At|From|To|Near|Around|Outside|And|But|Both|While|Since|Of)[ ])+/u;
const NOT_A_NAME = /^(?:The|A|An|It|This|That|He|She|They|We|In|On)$/u;

/** Finds every rename statement in `masked` (offsets are the masked text's, i.e. canonical). */
export function findRenames(masked: string): RenameStatement[] {
  const out: RenameStatement[] = [];
  for (const re of PATTERNS) {
    for (const m of masked.matchAll(re)) {
      const a = m[1]?.replace(LEADING, '');
      const b = m[2]?.replace(LEADING, '');
      if (!a || !b || NOT_A_NAME.test(a) || NOT_A_NAME.test(b) || a === b) continue;
      const aStart = m.index + m[0].indexOf(a);
      const bStart = m.index + m[0].lastIndexOf(b);
      out.push({
        first: { start: aStart, end: aStart + a.length, text: a },
        second: { start: bStart, end: bStart + b.length, text: b },
        statement: m[0].slice(aStart - m.index),
        start: m.index,
        end: m.index + m[0].length,
      });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}
