/** The parsed form of a search query (what explain shows and the evaluator walks). */

/** Fields that restrict a text clause to one lunr field. */
export type TextField = 'title' | 'outlet' | null;

/** A single word: plain (stemmed), wildcard (`pre*`, `wom?n`) or fuzzy (`term~1`). */
export interface TermNode {
  type: 'term';
  field: TextField;
  /** Folded surface form as typed (wildcards kept). */
  raw: string;
  /** Stem (plain terms only). */
  stem: string;
  wildcard: boolean;
  fuzzy: 0 | 1 | 2;
  stop: boolean;
  pos: number;
}

/** "a b c" (slop 0: consecutive, in order) or "a b"~N (all words within N extra words, any order). */
export interface PhraseNode {
  type: 'phrase';
  field: TextField;
  text: string;
  words: { raw: string; stem: string; stop: boolean }[];
  slop: number | null;
  pos: number;
}

/** /regex/ checked on candidate text. */
export interface RegexNode {
  type: 'regex';
  source: string;
  pos: number;
}

/** date:... as an inclusive range of ISO day strings (null = open). */
export interface DateNode {
  type: 'date';
  from: string | null;
  to: string | null;
  pos: number;
}

/** outlet:/in: metadata filters, and provider fields (entity, tag, issue, has). */
export interface FilterNode {
  type: 'filter';
  field: 'outlet' | 'in' | 'entity' | 'tag' | 'issue' | 'has';
  value: string;
  pos: number;
}

/** Boolean structure. */
export interface BoolNode {
  type: 'and' | 'or';
  children: QueryNode[];
}

/** NOT x / -x. */
export interface NotNode {
  type: 'not';
  child: QueryNode;
}

/** Matches every document (an empty query, or only filters). */
export interface AllNode {
  type: 'all';
}

/** Any node of the query tree. */
export type QueryNode =
  TermNode | PhraseNode | RegexNode | DateNode | FilterNode | BoolNode | NotNode | AllNode;
