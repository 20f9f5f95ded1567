import type { Boilerplate, FurnitureKind } from '../../../../shared/model/document';
import { classifyLine, isBodyLine, MAX_FURNITURE_LINE, type Line, type LineKind } from './lines';

/** A line with its kind after the context rules (a caption after a gallery counter, list blocks). */
export interface Classified {
  line: Line;
  kind: LineKind;
}

/**
 * Classifies every line, then applies the rules that need neighbours: the line after a gallery counter is
 * its caption; the lines under "Most Read"/"Recommended For You" up to a blank line are related links;
 * a run of lines ending in "N min read" is one list.
 */
export function classifyLines(lines: readonly Line[]): Classified[] {
  const out: Classified[] = lines.map((line) => ({ line, kind: classifyLine(line) }));
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    if (c.kind.type !== 'furniture') continue;
    if (c.kind.kind === 'gallery-counter') {
      const next = nextNonBlank(out, i + 1);
      if (next !== -1 && isShortish(out[next]!) && out[next]!.kind.type === 'text')
        out[next]!.kind = { type: 'furniture', kind: 'caption' };
    } else if (c.kind.kind === 'related-links' && c.kind.opensBlock) {
      let j = i + 1;
      if (out[j]?.kind.type === 'blank') j++; // a header may be followed by one empty line
      for (; j < out.length; j++) {
        const item = out[j]!;
        if (item.kind.type === 'blank' || item.kind.type === 'separator') break;
        if (item.kind.type === 'furniture' && item.kind.kind !== 'related-links') break;
        if (
          item.line.end - item.line.start > 200 ||
          (isBodyLine(item.line) && !/read$/i.test(item.line.text))
        )
          break;
        item.kind = { type: 'furniture', kind: 'related-links' };
      }
      i = j - 1;
    }
  }
  return out;
}

function nextNonBlank(out: readonly Classified[], from: number): number {
  for (let j = from; j < out.length && j < from + 3; j++) if (out[j]!.kind.type !== 'blank') return j;
  return -1;
}

function isShortish(c: Classified): boolean {
  return c.line.end - c.line.start <= MAX_FURNITURE_LINE;
}

/**
 * Furniture ranges of `lines` with the context kinds of `extra` applied (title repeat, masthead; null = not
 * furniture, e.g. a live-blog stamp), adjacent lines of
 * the same kind merged, in order. Every range is a whole line's [start, end).
 */
export function furnitureRanges(
  lines: readonly Classified[],
  extra: ReadonlyMap<number, FurnitureKind | null>,
): Boilerplate[] {
  const out: Boilerplate[] = [];
  for (const c of lines) {
    const kind = extra.has(c.line.start) ? extra.get(c.line.start) : furnitureKind(c.kind);
    if (!kind || c.line.end <= c.line.start) continue;
    const last = out[out.length - 1];
    if (last && last.kind === kind && last.end + 1 === c.line.start) last.end = c.line.end;
    else out.push({ start: c.line.start, end: c.line.end, kind });
  }
  return out;
}

function furnitureKind(kind: LineKind): FurnitureKind | null {
  if (kind.type === 'furniture') return kind.kind;
  if (kind.type === 'date') return 'metadata';
  return null;
}
