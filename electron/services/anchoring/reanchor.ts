import type { AnchorState, TextPositionSelector, TextQuoteSelector } from '../../../shared/model/annotation';
import { approxSearch, exactSearch } from './myers';
import { widenToCodePoints } from './selectors';

/**
 * Re-anchoring (DESIGN.md §4): exact position → exact quote chosen by context → fuzzy → orphan.
 *
 * Scoring weights, as in hypothesis/client match-quote.ts but with a minimum score (Hypothesis has none
 * and so can attach to a wrong place silently):
 *   quote 50 — similarity of the matched text to the quote (1 − errors / quote length);
 *   prefix 20, suffix 20 — similarity of the text before/after the match to the stored context;
 *   position 10 — closeness to the old offset (1 − distance / text length), a tie-breaker.
 * A fuzzy match is accepted only when its normalised score ≥ {@link MIN_FUZZY_SCORE} AND its quote
 * similarity ≥ {@link MIN_QUOTE_SIMILARITY} AND its context similarity ≥ {@link MIN_FUZZY_CONTEXT}:
 * context and quote together must vouch for the place, a similar quote alone is not enough.
 */
export const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 10 } as const;
/** Lowest normalised score a fuzzy match may have; below it the annotation is an orphan. */
export const MIN_FUZZY_SCORE = 0.75;
/** Lowest quote similarity for a fuzzy match (at most 30 % of the quote edited). */
export const MIN_QUOTE_SIMILARITY = 0.7;
/** Lowest mean prefix/suffix similarity for a fuzzy match. */
export const MIN_FUZZY_CONTEXT = 0.5;
/** Lowest mean context similarity for an exact quote found elsewhere to count as `moved`. */
export const MIN_MOVED_CONTEXT = 0.5;
/**
 * The same for a quote shorter than {@link MIN_FUZZY_QUOTE}: a word like "the" occurs by chance all over
 * a text, so when its own place was edited away the context alone must vouch for another one, and half a
 * context (a suffix of common words) is not enough.
 */
export const MIN_MOVED_CONTEXT_SHORT = 0.75;
/** Two candidates whose scores differ by less than this are a tie: `ambiguous`, never a guess. */
export const TIE_EPSILON = 1e-9;
/** Quotes shorter than this are never fuzzy-matched (too little text to vouch for a place). */
export const MIN_FUZZY_QUOTE = 8;
/** Cap on approximate candidates scored (best by edit distance first). */
const MAX_CANDIDATES = 200;

/** What re-anchoring decided. `start`/`end` are null when there is no place. */
export interface AnchorResult {
  state: AnchorState;
  start: number | null;
  end: number | null;
  /** 1 for exact; the normalised score for fuzzy; null for ambiguous/orphan. */
  score: number | null;
  /** For `ambiguous`: the equally good places. */
  candidates: { start: number; end: number }[];
}

/** Similarity 0–1 of `expected` to `actual` (edit distance of the best alignment within `actual`). */
export function similarity(actual: string, expected: string): number {
  if (expected.length === 0) return 1;
  if (actual.length === 0) return 0;
  const [m] = approxSearch(actual, expected, expected.length);
  return m ? Math.max(0, 1 - m.errors / expected.length) : 0;
}

function contextScores(text: string, start: number, end: number, q: TextQuoteSelector) {
  const prefix = q.prefix ? similarity(text.slice(Math.max(0, start - q.prefix.length), start), q.prefix) : 1;
  const suffix = q.suffix ? similarity(text.slice(end, end + q.suffix.length), q.suffix) : 1;
  return { prefix, suffix };
}

function positionScore(text: string, start: number, hint: number): number {
  return text.length === 0 ? 1 : 1 - Math.min(1, Math.abs(start - hint) / text.length);
}

function total(quote: number, prefix: number, suffix: number, position: number): number {
  const w = WEIGHTS;
  const sum = w.quote + w.prefix + w.suffix + w.position;
  return (w.quote * quote + w.prefix * prefix + w.suffix * suffix + w.position * position) / sum;
}

const orphan = (): AnchorResult => ({ state: 'orphan', start: null, end: null, score: null, candidates: [] });

/** Finds where `quote` (last seen at `position`) is in `text` now. Pure; see the module comment. */
export function reanchor(
  text: string,
  quote: TextQuoteSelector,
  position: TextPositionSelector,
): AnchorResult {
  const { exact } = quote;
  const len = exact.length;
  if (len === 0) return orphan();
  // 1. Exact position with its context intact: nothing moved.
  if (text.slice(position.start, position.end) === exact) {
    const before = text.slice(Math.max(0, position.start - quote.prefix.length), position.start);
    const after = text.slice(position.end, position.end + quote.suffix.length);
    if (before === quote.prefix && after === quote.suffix)
      return { state: 'anchored', start: position.start, end: position.end, score: 1, candidates: [] };
  }
  // 2. Exact quote elsewhere (or in place with changed context), chosen by context.
  const exacts = exactSearch(text, exact).map((start) => {
    const c = contextScores(text, start, start + len, quote);
    return {
      start,
      end: start + len,
      ctx: (c.prefix + c.suffix) / 2,
      pos: positionScore(text, start, position.start),
    };
  });
  if (exacts.length > 0) {
    exacts.sort((a, b) => b.ctx - a.ctx || b.pos - a.pos);
    const [best, second] = exacts;
    const minContext = len < MIN_FUZZY_QUOTE ? MIN_MOVED_CONTEXT_SHORT : MIN_MOVED_CONTEXT;
    if (best && best.ctx >= minContext) {
      if (second && Math.abs(second.ctx - best.ctx) < TIE_EPSILON)
        return {
          state: 'ambiguous',
          start: null,
          end: null,
          score: null,
          candidates: exacts
            .filter((e) => Math.abs(e.ctx - best.ctx) < TIE_EPSILON)
            .map(({ start, end }) => ({ start, end })),
        };
      const state = best.start === position.start && best.end === position.end ? 'anchored' : 'moved';
      return { state, start: best.start, end: best.end, score: 1, candidates: [] };
    }
  }
  // 3. Fuzzy: approximate quote, scored with context and position, above the minimums.
  if (len < MIN_FUZZY_QUOTE) return orphan();
  const maxErrors = Math.min(256, Math.floor(len * (1 - MIN_QUOTE_SIMILARITY)));
  const found = approxSearch(text, exact, maxErrors).slice(0, MAX_CANDIDATES);
  const scored = found
    .map((m) => {
      const r = widenToCodePoints(text, m.start, m.end);
      const q = 1 - m.errors / len;
      const c = contextScores(text, r.start, r.end, quote);
      const score = total(q, c.prefix, c.suffix, positionScore(text, r.start, position.start));
      return { ...r, q, ctx: (c.prefix + c.suffix) / 2, score };
    })
    .filter((m) => m.q >= MIN_QUOTE_SIMILARITY && m.ctx >= MIN_FUZZY_CONTEXT && m.score >= MIN_FUZZY_SCORE)
    .sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best) return orphan();
  if (
    second &&
    best.score - second.score < TIE_EPSILON &&
    (second.start >= best.end || best.start >= second.end)
  )
    return {
      state: 'ambiguous',
      start: null,
      end: null,
      score: null,
      candidates: [best, second].map(({ start, end }) => ({ start, end })),
    };
  // An approximate match that is in fact the exact text is `moved`/`anchored`, not fuzzy.
  if (text.slice(best.start, best.end) === exact)
    return {
      state: best.start === position.start ? 'anchored' : 'moved',
      start: best.start,
      end: best.end,
      score: 1,
      candidates: [],
    };
  return {
    state: 'fuzzy',
    start: best.start,
    end: best.end,
    score: Math.round(best.score * 1000) / 1000,
    candidates: [],
  };
}
