import type { Boilerplate } from '../../../../shared/model/document';

/** A run of story text with the furniture kind covering it (null for body text). Offsets are file offsets. */
export interface Segment {
  start: number;
  end: number;
  furniture: Boilerplate['kind'] | null;
}

/**
 * Cuts the story [start, end) into runs at furniture boundaries, so the reader can dim furniture while
 * keeping every character (offsets stay true to the canonical text).
 */
export function segmentStory(start: number, end: number, boilerplate: readonly Boilerplate[]): Segment[] {
  const ranges = boilerplate.filter((b) => b.end > start && b.start < end).sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let at = start;
  for (const b of ranges) {
    const s = Math.max(b.start, at);
    const e = Math.min(b.end, end);
    if (s > at) out.push({ start: at, end: s, furniture: null });
    if (e > s) out.push({ start: s, end: e, furniture: b.kind });
    at = Math.max(at, e);
  }
  if (at < end) out.push({ start: at, end, furniture: null });
  return out;
}
