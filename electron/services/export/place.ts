import { documentId } from '../../../shared/model/ids';
import { reanchor } from '../anchoring/reanchor';
import type { ParsedFile } from '../ingest/types';
import type { ImportCandidate } from './import-parse';

/** Where an imported annotation lands, or why it does not. */
export type Placement =
  { ok: true; docId: string; start: number; end: number } | { ok: false; reason: string };

/**
 * Places an imported quote in a file's current canonical text: at its recorded position when the text
 * there is the quote; otherwise at the occurrence whose surroundings best agree with the recorded prefix
 * and suffix (nearest the old position on equal context). Two equally good places are refused as
 * ambiguous and a missing quote is refused: an import never guesses (DESIGN.md §4). Fuzzy matching of
 * edited text is the annotations service's job once the annotation exists.
 */
export function placeQuote(
  file: ParsedFile,
  c: Pick<ImportCandidate, 'exact' | 'prefix' | 'suffix' | 'start' | 'end'>,
): Placement {
  const text = file.text;
  if (c.start !== null && c.end !== null && text.slice(c.start, c.end) === c.exact)
    return at(file, c.start, c.end);
  const found: number[] = [];
  for (let i = text.indexOf(c.exact); i >= 0; i = text.indexOf(c.exact, i + 1)) found.push(i);
  if (!found.length) return { ok: false, reason: `the quote “${clip(c.exact)}” is not in ${file.relPath}` };
  const scored = found.map((i) => ({
    i,
    context:
      commonSuffix(text.slice(Math.max(0, i - c.prefix.length), i), c.prefix) +
      commonPrefix(text.slice(i + c.exact.length, i + c.exact.length + c.suffix.length), c.suffix),
    distance: c.start === null ? 0 : Math.abs(i - c.start),
  }));
  scored.sort((a, b) => b.context - a.context || a.distance - b.distance);
  const [best, second] = scored;
  if (!best) return { ok: false, reason: 'no place found' };
  if (second && second.context === best.context && second.distance === best.distance)
    return {
      ok: false,
      reason: `the quote “${clip(c.exact)}” occurs ${found.length} times in ${file.relPath} with the same context; not guessing`,
    };
  return at(file, best.i, best.i + c.exact.length);
}

/** A fuzzy placement: where, and the anchoring service's score for it. */
export type FuzzyPlacement =
  { ok: true; docId: string; start: number; end: number; score: number } | { ok: false; reason: string };

/**
 * Places a quote whose text was edited since export (ADR 076) with the anchoring service's re-anchoring
 * (DESIGN.md §4): the same scorer, weights and minimums that keep existing annotations on their passage,
 * so an import is no more and no less sure than re-anchoring after an edit. Ambiguous places and quotes
 * below the minimum score are refused with a reason. `hint` is the recorded position when the file's
 * text differs (a position in the exported text, close to where the passage sits now).
 */
export function placeFuzzy(
  file: ParsedFile,
  c: Pick<ImportCandidate, 'exact' | 'prefix' | 'suffix' | 'start' | 'end'>,
  hint: number | null,
): FuzzyPlacement {
  const from = c.start ?? hint ?? 0;
  const r = reanchor(
    file.text,
    { type: 'TextQuoteSelector', exact: c.exact, prefix: c.prefix, suffix: c.suffix },
    { type: 'TextPositionSelector', start: from, end: c.end ?? from + c.exact.length },
  );
  if (r.start !== null && r.end !== null && r.state !== 'ambiguous' && r.state !== 'orphan') {
    const placed = at(file, r.start, r.end);
    return placed.ok ? { ...placed, score: r.score ?? 1 } : placed;
  }
  return {
    ok: false,
    reason:
      r.state === 'ambiguous'
        ? `the edited quote “${clip(c.exact)}” matches ${r.candidates.length} places in ${file.relPath} equally well; not guessing`
        : `the quote “${clip(c.exact)}” is not in ${file.relPath}, not even in an edited form close enough to trust`,
  };
}

function at(file: ParsedFile, start: number, end: number): Placement {
  const n = file.stories.findIndex((s) => s.start <= start && start < s.end);
  return { ok: true, docId: documentId(file.relPath, n >= 0 ? n + 1 : 1), start, end };
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function clip(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
}
