import { badQuery } from './lexer';

/** Longest /regex/ accepted. */
export const MAX_REGEX_LENGTH = 200;

/**
 * Rejects patterns that cannot compile or that risk catastrophic backtracking: nested quantifiers
 * (`(a+)+`, `(a*)*`, `(a|a)+` style), backreferences, and overlong sources. JavaScript has no regex
 * timeout, so the guard is structural; the evaluator also caps the text scanned per query.
 */
export function checkRegex(source: string, pos: number): RegExp {
  if (!source) throw badQuery(pos, 'this /regex/ is empty');
  if (source.length > MAX_REGEX_LENGTH)
    throw badQuery(pos, `this /regex/ is longer than ${MAX_REGEX_LENGTH} characters`);
  if (/\\[1-9]|\\k</.test(source)) throw badQuery(pos, 'backreferences are not allowed in /regex/');
  if (
    /\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)\s*[+*{]/.test(source) ||
    /\((?:[^()\\]|\\.)*\|(?:[^()\\]|\\.)*\)[+*{]/.test(source)
  )
    throw badQuery(pos, 'this /regex/ repeats a repeated group, which can take forever; simplify it');
  try {
    return new RegExp(source, 'giu');
  } catch (e) {
    throw badQuery(pos, `this /regex/ is invalid (${e instanceof Error ? e.message : String(e)})`);
  }
}
