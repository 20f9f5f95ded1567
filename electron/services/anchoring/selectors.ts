import { createHash } from 'node:crypto';
import type { TextPositionSelector, TextQuoteSelector } from '../../../shared/model/annotation';
import { DossierError } from '../errors';

/** Code units of context kept either side of a quote (the W3C/Hypothesis convention). */
export const CONTEXT_LENGTH = 32;

/** The selectors that anchor one range of a file's canonical text. */
export interface Selectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  contentHash: string;
}

/** sha256 hex of canonical text (the same digest the ingest stores as `contentHash`). */
export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Moves `start` left and `end` right so the range never splits a surrogate pair. */
export function widenToCodePoints(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  if (s > 0 && isLow(text.charCodeAt(s)) && isHigh(text.charCodeAt(s - 1))) s--;
  if (e > 0 && e < text.length && isHigh(text.charCodeAt(e - 1)) && isLow(text.charCodeAt(e))) e++;
  return { start: s, end: e };
}

/**
 * Builds quote (exact + up to {@link CONTEXT_LENGTH} units of prefix/suffix), position and content hash
 * for [start, end) of `text`. The range is widened to whole code points; an empty or out-of-range
 * selection is an invalid_params error.
 */
export function describeRange(text: string, start: number, end: number, contentHash?: string): Selectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end)
    throw new DossierError(
      'invalid_params',
      `anchoring: the selection ${start}–${end} is empty or outside the text (length ${text.length}). Select some text and try again.`,
    );
  const r = widenToCodePoints(text, start, end);
  if (text.slice(r.start, r.end).trim() === '')
    throw new DossierError(
      'invalid_params',
      'anchoring: the selection holds only whitespace. Select some words.',
    );
  const ctx = widenToCodePoints(
    text,
    Math.max(0, r.start - CONTEXT_LENGTH),
    Math.min(text.length, r.end + CONTEXT_LENGTH),
  );
  // Widening the context outward could pull in half a pair; trim it back inside instead.
  const pStart = isLow(text.charCodeAt(ctx.start)) ? ctx.start + 1 : ctx.start;
  const sEnd = ctx.end < text.length && isLow(text.charCodeAt(ctx.end)) ? ctx.end - 1 : ctx.end;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(r.start, r.end),
      prefix: text.slice(Math.max(0, Math.min(pStart, r.start)), r.start),
      suffix: text.slice(r.end, Math.max(r.end, sEnd)),
    },
    position: { type: 'TextPositionSelector', start: r.start, end: r.end },
    contentHash: contentHash ?? hashText(text),
  };
}
