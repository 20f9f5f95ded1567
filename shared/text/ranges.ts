/** Offset helpers. Offsets are UTF-16 code units into canonical text; ranges are half-open [start, end). */

/** A half-open range of canonical-text offsets. */
export interface Range {
  start: number;
  end: number;
}

/** True when `r` is a well-formed range inside a text of length `length`. */
export function isValidRange(r: Range, length: number): boolean {
  return (
    Number.isInteger(r.start) &&
    Number.isInteger(r.end) &&
    r.start >= 0 &&
    r.start <= r.end &&
    r.end <= length
  );
}

/** True when two ranges share at least one offset. */
export function rangesOverlap(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `inner` lies completely within `outer`. */
export function rangeContains(outer: Range, inner: Range): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Sorts and merges overlapping or touching ranges. */
export function mergeRanges<T extends Range>(ranges: readonly T[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

/** Moves `offset` off a surrogate pair's second half so a range never splits a code point. */
export function snapToCodePoint(text: string, offset: number): number {
  if (offset <= 0 || offset >= text.length) return Math.max(0, Math.min(offset, text.length));
  const code = text.charCodeAt(offset);
  const prev = text.charCodeAt(offset - 1);
  const isLow = code >= 0xdc00 && code <= 0xdfff;
  const prevIsHigh = prev >= 0xd800 && prev <= 0xdbff;
  return isLow && prevIsHigh ? offset - 1 : offset;
}
