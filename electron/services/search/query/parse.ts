import { analyze, fold, isStopWord, stem } from '../analyzer';
import type { DateNode, FilterNode, PhraseNode, QueryNode, TermNode, TextField } from './ast';
import { badQuery, lex, type Lexeme } from './lexer';
import { checkRegex } from './regex-guard';

/** Longest query we parse (a pasted article is not a query). */
export const MAX_QUERY_LENGTH = 4000;
const MAX_CLAUSES = 256;

/** Fields the language knows; provided ones match nothing until their domain registers a provider. */
export const QUERY_FIELDS = ['title', 'outlet', 'date', 'in', 'entity', 'tag', 'issue', 'has'] as const;

/**
 * Parses a query into a tree. Terms are ANDed by default; AND binds tighter than OR; NOT/- negates the
 * next clause; + marks a clause required (a no-op under the default AND, accepted for habit). Every
 * malformed input throws a bad_query DossierError naming the 1-based position, never anything else.
 */
export function parseQuery(query: string): QueryNode {
  if (query.length > MAX_QUERY_LENGTH)
    throw badQuery(MAX_QUERY_LENGTH, `the query is longer than ${MAX_QUERY_LENGTH} characters`);
  const tokens = lex(query);
  if (tokens.length === 0) return { type: 'all' };
  const p = new Parser(tokens, query.length);
  const node = p.or();
  const rest = p.peek();
  if (rest)
    throw badQuery(rest.pos, rest.kind === 'rparen' ? 'this ")" has no matching "("' : 'unexpected input');
  if (p.clauses > MAX_CLAUSES) throw badQuery(0, `the query has more than ${MAX_CLAUSES} clauses`);
  return node;
}

class Parser {
  private i = 0;
  clauses = 0;
  constructor(
    private readonly tokens: Lexeme[],
    private readonly length: number,
  ) {}

  peek(): Lexeme | undefined {
    return this.tokens[this.i];
  }

  private next(): Lexeme | undefined {
    return this.tokens[this.i++];
  }

  or(): QueryNode {
    const children = [this.and()];
    while (this.peek()?.kind === 'or') {
      const op = this.next() as Lexeme;
      if (!this.startsClause()) throw badQuery(op.pos, '"OR" needs a clause on both sides');
      children.push(this.and());
    }
    return children.length === 1 ? (children[0] as QueryNode) : { type: 'or', children };
  }

  private and(): QueryNode {
    const first = this.peek();
    if (!this.startsClause())
      throw badQuery(
        first?.pos ?? this.length,
        first ? `unexpected "${describe(first)}"` : 'the query ends too early',
      );
    const children: QueryNode[] = [];
    for (;;) {
      const node = this.unary();
      if (node) children.push(node);
      const t = this.peek();
      if (t?.kind === 'and') {
        this.next();
        if (!this.startsClause()) throw badQuery(t.pos, '"AND" needs a clause on both sides');
        continue;
      }
      if (!this.startsClause()) break;
    }
    if (children.length === 0) return { type: 'all' };
    return children.length === 1 ? (children[0] as QueryNode) : { type: 'and', children };
  }

  private startsClause(): boolean {
    const t = this.peek();
    return !!t && t.kind !== 'rparen' && t.kind !== 'or' && t.kind !== 'and';
  }

  private unary(): QueryNode | null {
    const t = this.next();
    if (!t) throw badQuery(this.length, 'the query ends too early');
    if (t.kind === 'not' || t.kind === 'minus') {
      if (!this.startsClause()) throw badQuery(t.pos, `"${describe(t)}" must be followed by what to exclude`);
      const child = this.unary();
      return child ? { type: 'not', child } : null;
    }
    if (t.kind === 'plus') {
      if (!this.startsClause()) throw badQuery(t.pos, '"+" must be followed by a clause');
      return this.unary();
    }
    if (t.kind === 'lparen') {
      if (this.peek()?.kind === 'rparen') throw badQuery(t.pos, 'these parentheses are empty');
      const inner = this.or();
      const close = this.next();
      if (close?.kind !== 'rparen') throw badQuery(t.pos, 'this "(" is never closed');
      return inner;
    }
    this.clauses++;
    if (t.kind === 'word') return wordNode(t.text, null, t.pos);
    if (t.kind === 'phrase') return phraseNode(t.text, t.slop, null, t.pos);
    if (t.kind === 'regex') {
      checkRegex(t.source, t.pos);
      return { type: 'regex', source: t.source, pos: t.pos };
    }
    if (t.kind === 'field') return this.field(t.field, t.pos);
    throw badQuery(t.pos, `unexpected "${describe(t)}"`);
  }

  private field(field: string, pos: number): QueryNode | null {
    const v = this.next();
    if (!v || (v.kind !== 'word' && v.kind !== 'phrase'))
      throw badQuery(pos, `"${field}:" takes a word or a "quoted value"`);
    const value = v.text;
    switch (field) {
      case 'title':
        return v.kind === 'phrase'
          ? phraseNode(value, v.slop, 'title', v.pos)
          : wordNode(value, 'title', v.pos);
      case 'date':
        return parseDate(value, v.pos);
      case 'outlet':
      case 'in':
      case 'entity':
      case 'tag':
      case 'issue':
      case 'has': {
        if (!value.trim()) throw badQuery(v.pos, `"${field}:" has an empty value`);
        const node: FilterNode = { type: 'filter', field, value: value.trim(), pos };
        return node;
      }
      default:
        throw badQuery(
          pos,
          `unknown field "${field}:" (known: ${QUERY_FIELDS.map((f) => `${f}:`).join(' ')})`,
        );
    }
  }
}

function describe(t: Lexeme): string {
  switch (t.kind) {
    case 'word':
    case 'phrase':
      return t.text;
    case 'regex':
      return `/${t.source}/`;
    case 'field':
      return `${t.field}:`;
    default:
      return { lparen: '(', rparen: ')', and: 'AND', or: 'OR', not: 'NOT', minus: '-', plus: '+' }[t.kind];
  }
}

function wordNode(text: string, field: TextField, pos: number): QueryNode | null {
  let word = text;
  let fuzzy: 0 | 1 | 2 = 0;
  const f = /~(\d*)$/.exec(word);
  if (f) {
    const n = f[1] === '' ? 1 : Number(f[1]);
    if (n < 1 || n > 2) throw badQuery(pos + f.index, 'fuzzy distance must be ~1 or ~2');
    fuzzy = n as 1 | 2;
    word = word.slice(0, f.index);
  }
  const wildcard = /[*?]/.test(word);
  if (wildcard) {
    if (fuzzy) throw badQuery(pos, 'a word cannot be both a wildcard and fuzzy');
    const raw = fold(word).replace(/[^\p{L}\p{N}*?]/gu, '');
    if (!/[\p{L}\p{N}]/u.test(raw)) throw badQuery(pos, 'a wildcard needs at least one letter or digit');
    const node: TermNode = {
      type: 'term',
      field,
      raw,
      stem: raw,
      wildcard: true,
      fuzzy: 0,
      stop: false,
      pos,
    };
    return node;
  }
  const words = analyze(word);
  if (words.length === 0) {
    if (fuzzy || word.length) return null; // punctuation alone: nothing to search, ignored
    throw badQuery(pos, 'empty word');
  }
  if (words.length > 1) {
    if (fuzzy) throw badQuery(pos, 'fuzzy applies to a single word');
    return phraseNode(word, null, field, pos);
  }
  const w = words[0] as (typeof words)[number];
  const node: TermNode = {
    type: 'term',
    field,
    raw: w.raw,
    stem: w.stem,
    wildcard: false,
    fuzzy,
    stop: !fuzzy && isStopWord(w.raw),
    pos,
  };
  return node;
}

function phraseNode(text: string, slop: number | null, field: TextField, pos: number): PhraseNode | null {
  const words = analyze(text).map((w) => ({ raw: w.raw, stem: w.stem, stop: isStopWord(w.raw) }));
  if (words.length === 0) throw badQuery(pos, 'this quoted phrase has no words');
  if (slop !== null && slop > 100) throw badQuery(pos, 'proximity cannot exceed ~100 words');
  return { type: 'phrase', field, text, words, slop, pos };
}

const DAY = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A date value: `2025-12-01`, `2025-12`, `2025`, `a..b` (either side open), `>=d`, `>d`, `<=d`, `<d`. */
function parseDate(value: string, pos: number): DateNode {
  const cmp = /^(>=|<=|>|<)(.+)$/.exec(value);
  if (cmp) {
    const [, op, d] = cmp as unknown as [string, string, string];
    const r = dayRange(d, pos + op.length);
    if (op === '>=') return { type: 'date', from: r.from, to: null, pos };
    if (op === '>') return { type: 'date', from: addDay(r.to, 1), to: null, pos };
    if (op === '<=') return { type: 'date', from: null, to: r.to, pos };
    return { type: 'date', from: null, to: addDay(r.from, -1), pos };
  }
  const dots = value.indexOf('..');
  if (dots >= 0) {
    const a = value.slice(0, dots);
    const b = value.slice(dots + 2);
    if (!a && !b) throw badQuery(pos, 'a date range needs at least one end (2025-12-01..2025-12-05)');
    const from = a ? dayRange(a, pos).from : null;
    const to = b ? dayRange(b, pos + dots + 2).to : null;
    if (from && to && from > to) throw badQuery(pos, `the date range starts after it ends (${from} > ${to})`);
    return { type: 'date', from, to, pos };
  }
  const r = dayRange(value, pos);
  return { type: 'date', from: r.from, to: r.to, pos };
}

function dayRange(text: string, pos: number): { from: string; to: string } {
  const m = DAY.exec(text);
  if (!m) throw badQuery(pos, `"${text}" is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)`);
  const [, y, mo, d] = m;
  if (mo && (Number(mo) < 1 || Number(mo) > 12)) throw badQuery(pos, `"${text}" has no month ${mo}`);
  if (!mo) return { from: `${y}-01-01`, to: `${y}-12-31` };
  if (!d)
    return {
      from: `${y}-${mo}-01`,
      to: `${y}-${mo}-${String(daysIn(Number(y), Number(mo))).padStart(2, '0')}`,
    };
  if (Number(d) < 1 || Number(d) > daysIn(Number(y), Number(mo)))
    throw badQuery(pos, `"${text}" is not a day of that month`);
  return { from: `${y}-${mo}-${d}`, to: `${y}-${mo}-${d}` };
}

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function addDay(day: string, n: number): string {
  const t = Date.parse(`${day}T00:00:00Z`) + n * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Stem helper re-exported for tests that build expected nodes. */
export { stem };
