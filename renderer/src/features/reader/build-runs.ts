import type { Boilerplate, FurnitureKind } from '../../../../shared/model/document';
import type { Decoration } from './decorations';

/**
 * A maximal stretch of text with one set of marks. Offsets are canonical file offsets (UTF-16).
 * The reader renders a run as nested <mark> elements (outermost first) around one <span data-start>,
 * so overlapping decorations always nest correctly: no element ever crosses another's boundary.
 */
export interface Run {
  start: number;
  end: number;
  furniture: FurnitureKind | null;
  /** Decorations covering the whole run, outermost first (see {@link compareMarks}). */
  marks: Decoration[];
  /** True when the run starts at one of the requested cut points (live-blog entry anchors). */
  cut: boolean;
}

const KIND_ORDER: Record<Decoration['kind'], number> = { annotation: 0, entity: 1, hit: 2, find: 3 };

/**
 * Nesting order of marks inside a run: earlier start outside, then longer outside, then by kind
 * (annotations outermost, find-in-page innermost so its highlight wins), then stable.
 */
export function compareMarks(a: Decoration, b: Decoration): number {
  return a.start - b.start || b.end - a.end || KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
}

/**
 * Cuts `text` (which starts at canonical offset `start`) into runs at every decoration, furniture and
 * cut boundary. Empty and out-of-range decorations are ignored; ranges are clipped to the text.
 * Linear in text boundaries plus decorations × overlap depth.
 */
export function buildRuns(
  text: string,
  start: number,
  decorations: readonly Decoration[],
  furniture: readonly Boilerplate[],
  cuts: readonly number[] = [],
): Run[] {
  const end = start + text.length;
  if (end <= start) return [];
  const clip = (n: number) => Math.max(start, Math.min(end, n));
  const marks = decorations.filter((d) => d.end > d.start && d.end > start && d.start < end);
  const furn = furniture.filter((f) => f.end > f.start && f.end > start && f.start < end);
  const cutSet = new Set(cuts.filter((c) => c > start && c < end));
  const points = new Set<number>([start, end, ...cutSet]);
  for (const d of marks) points.add(clip(d.start)).add(clip(d.end));
  for (const f of furn) points.add(clip(f.start)).add(clip(f.end));
  const bounds = [...points].sort((a, b) => a - b);

  const byStart = [...marks].sort((a, b) => a.start - b.start);
  const furnByStart = [...furn].sort((a, b) => a.start - b.start);
  let nextMark = 0;
  let nextFurn = 0;
  let active: Decoration[] = [];
  let activeFurn: Boilerplate[] = [];
  const out: Run[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const a = bounds[i] as number;
    const b = bounds[i + 1] as number;
    while (nextMark < byStart.length && (byStart[nextMark] as Decoration).start <= a)
      active.push(byStart[nextMark++] as Decoration);
    active = active.filter((d) => d.end > a);
    while (nextFurn < furnByStart.length && (furnByStart[nextFurn] as Boilerplate).start <= a)
      activeFurn.push(furnByStart[nextFurn++] as Boilerplate);
    activeFurn = activeFurn.filter((f) => f.end > a);
    out.push({
      start: a,
      end: b,
      furniture: activeFurn[0]?.kind ?? null,
      marks: [...active].sort(compareMarks),
      cut: cutSet.has(a) || (a === start && cuts.includes(start)),
    });
  }
  return out;
}
