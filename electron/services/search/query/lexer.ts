import { DossierError } from '../../errors';

/** A lexical token of the query language; `pos` is its 0-based offset in the query. */
export type Lexeme =
  | { kind: 'lparen' | 'rparen' | 'and' | 'or' | 'not' | 'minus' | 'plus'; pos: number }
  | { kind: 'word'; text: string; pos: number }
  | { kind: 'phrase'; text: string; slop: number | null; pos: number }
  | { kind: 'regex'; source: string; pos: number }
  | { kind: 'field'; field: string; pos: number };

/** Builds the bad_query error every parse failure becomes (never an exception of another kind). */
export function badQuery(pos: number, what: string): DossierError {
  return new DossierError(
    'bad_query',
    `search: ${what} at position ${pos + 1}. Fix the query (see the query-language help) and try again.`,
  );
}

const FIELD = /^([a-zA-Z]+):/;
const BREAK = /[\s()"]/;

/** Splits a query into lexemes; a `field:` lexeme is always followed by its value lexeme. */
export function lex(query: string): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  const n = query.length;
  let atValue = false;
  while (i < n) {
    const c = query[i] as string;
    if (/\s/.test(c)) {
      if (atValue) throw badQuery(i, 'a field name must be followed by its value with no space');
      i++;
      continue;
    }
    const valueStart = atValue;
    atValue = false;
    if (c === '(' && !valueStart) {
      out.push({ kind: 'lparen', pos: i++ });
      continue;
    }
    if (c === ')' && !valueStart) {
      out.push({ kind: 'rparen', pos: i++ });
      continue;
    }
    if (c === '"') {
      const close = query.indexOf('"', i + 1);
      if (close < 0) throw badQuery(i, 'this quote is never closed');
      const text = query.slice(i + 1, close);
      let j = close + 1;
      let slop: number | null = null;
      if (query[j] === '~') {
        const m = /^~(\d{1,3})/.exec(query.slice(j));
        if (!m) throw badQuery(j, 'proximity needs a number after ~ (e.g. "a b"~5)');
        slop = Number(m[1]);
        j += m[0].length;
      }
      out.push({ kind: 'phrase', text, slop, pos: i });
      i = j;
      continue;
    }
    if (c === '/' && !valueStart) {
      let j = i + 1;
      while (j < n && query[j] !== '/') j += query[j] === '\\' ? 2 : 1;
      if (j >= n) throw badQuery(i, 'this /regex/ is never closed');
      out.push({ kind: 'regex', source: query.slice(i + 1, j), pos: i });
      i = j + 1;
      continue;
    }
    if ((c === '-' || c === '+') && !valueStart && i + 1 < n && !/\s/.test(query[i + 1] as string)) {
      out.push({ kind: c === '-' ? 'minus' : 'plus', pos: i++ });
      continue;
    }
    let j = i;
    while (j < n && !BREAK.test(query[j] as string)) j++;
    const text = query.slice(i, j);
    const field = valueStart ? null : FIELD.exec(text);
    if (field && field[1] && !/^\d/.test(text)) {
      out.push({ kind: 'field', field: field[1].toLowerCase(), pos: i });
      i += field[0].length;
      if (i >= n || /[\s)]/.test(query[i] as string)) throw badQuery(i, `"${field[1]}:" has no value`);
      atValue = true;
      continue;
    }
    if (!valueStart && (text === 'AND' || text === '&&')) out.push({ kind: 'and', pos: i });
    else if (!valueStart && (text === 'OR' || text === '||')) out.push({ kind: 'or', pos: i });
    else if (!valueStart && text === 'NOT') out.push({ kind: 'not', pos: i });
    else out.push({ kind: 'word', text, pos: i });
    i = j;
  }
  if (atValue) throw badQuery(n, 'a field name must be followed by its value');
  return out;
}
