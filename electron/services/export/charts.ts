import type { Excerpt, Stance } from '../../../shared/model/export';
import { escapeHtml } from './html-escape';
import { actorOf } from './evidence';

/**
 * The report's two pictures as static inline SVG (no script, no external resource): a timeline of
 * excerpts by document date, one row per issue, and an actor × issue matrix (issue 8's views, frozen).
 */

/** Fill colour per stance; `none` is an excerpt without a stance. */
export const STANCE_COLOURS: Record<Stance | 'none', string> = {
  raises: '#b45309',
  progress: '#1d4ed8',
  blocks: '#b91c1c',
  resolves: '#15803d',
  other: '#6b21a8',
  none: '#4b5563',
};

const LABEL_W = 180;
const PLOT_W = 520;
const ROW_H = 26;
const DAY_MS = 86_400_000;

/** Timeline SVG, or null when no excerpt has a usable date. */
export function timelineSvg(excerpts: readonly Excerpt[]): string | null {
  const dated = excerpts
    .map((e) => ({ e, t: e.source.date ? Date.parse(e.source.date.slice(0, 10)) : NaN }))
    .filter((d) => Number.isFinite(d.t));
  if (!dated.length) return null;
  const rows = [...new Set(dated.map((d) => d.e.issue?.title ?? 'No issue'))].sort();
  const min = Math.min(...dated.map((d) => d.t));
  const max = Math.max(...dated.map((d) => d.t));
  const span = Math.max(max - min, DAY_MS);
  const height = rows.length * ROW_H + 40;
  const x = (t: number) => LABEL_W + 10 + ((t - min) / span) * (PLOT_W - 20);
  const parts: string[] = [];
  rows.forEach((row, i) => {
    const y = 20 + i * ROW_H + ROW_H / 2;
    parts.push(
      `<text x="${LABEL_W - 6}" y="${y + 4}" text-anchor="end">${escapeHtml(clip(row, 28))}</text>`,
      `<line x1="${LABEL_W}" y1="${y}" x2="${LABEL_W + PLOT_W}" y2="${y}" stroke="#d1d5db"/>`,
    );
  });
  // Excerpts on the same day and row are stacked sideways a little so each stays visible.
  const seen = new Map<string, number>();
  for (const { e, t } of dated) {
    const row = rows.indexOf(e.issue?.title ?? 'No issue');
    const key = `${row}:${t}`;
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    const cx = x(t) + k * 7;
    const cy = 20 + row * ROW_H + ROW_H / 2;
    const fill = STANCE_COLOURS[e.issue?.stance ?? 'none'];
    const label = `${e.source.date?.slice(0, 10) ?? ''} ${e.source.outlet}: ${clip(e.quote, 80)}`;
    parts.push(
      `<circle cx="${cx.toFixed(1)}" cy="${cy}" r="5" fill="${fill}"><title>${escapeHtml(label)}</title></circle>`,
    );
  }
  const axisY = height - 12;
  parts.push(
    `<text x="${LABEL_W}" y="${axisY}">${escapeHtml(iso(min))}</text>`,
    `<text x="${LABEL_W + PLOT_W}" y="${axisY}" text-anchor="end">${escapeHtml(iso(max))}</text>`,
  );
  return svg(
    LABEL_W + PLOT_W + 10,
    height,
    'Timeline of excerpts by document date, one row per issue',
    parts,
  );
}

/** Actor × issue matrix SVG, or null when no excerpt has both an entity and an issue. */
export function matrixSvg(excerpts: readonly Excerpt[]): string | null {
  const linked = excerpts.filter((e) => actorOf(e) && e.issue);
  if (!linked.length) return null;
  const actors = [...new Set(linked.map((e) => actorOf(e) ?? ''))].sort();
  const issues = [...new Set(linked.map((e) => e.issue?.title ?? ''))].sort();
  const cell = 44;
  const head = 120;
  const width = LABEL_W + issues.length * cell + 10;
  const height = head + actors.length * cell + 10;
  const parts: string[] = [];
  issues.forEach((title, j) => {
    const cx = LABEL_W + j * cell + cell / 2;
    parts.push(
      `<text transform="translate(${cx},${head - 6}) rotate(-40)">${escapeHtml(clip(title, 22))}</text>`,
    );
  });
  actors.forEach((actor, i) => {
    const y = head + i * cell;
    parts.push(
      `<text x="${LABEL_W - 6}" y="${y + cell / 2 + 4}" text-anchor="end">${escapeHtml(clip(actor, 28))}</text>`,
    );
    issues.forEach((title, j) => {
      const hits = linked.filter((e) => actorOf(e) === actor && e.issue?.title === title);
      const x = LABEL_W + j * cell;
      if (!hits.length) {
        parts.push(
          `<rect x="${x + 2}" y="${y + 2}" width="${cell - 4}" height="${cell - 4}" fill="#f3f4f6"/>`,
        );
        return;
      }
      const fill = STANCE_COLOURS[dominantStance(hits)];
      const tip = `${actor} on ${title}: ${hits.map((h) => h.issue?.stance ?? 'no stance').join(', ')}`;
      parts.push(
        `<rect x="${x + 2}" y="${y + 2}" width="${cell - 4}" height="${cell - 4}" fill="${fill}"><title>${escapeHtml(tip)}</title></rect>`,
        `<text x="${x + cell / 2}" y="${y + cell / 2 + 5}" text-anchor="middle" fill="#ffffff">${hits.length}</text>`,
      );
    });
  });
  return svg(
    width,
    height,
    'Actor by issue matrix: excerpt counts, coloured by the most frequent stance',
    parts,
  );
}

/** The most frequent stance among excerpts (ties broken by the fixed stance order). */
function dominantStance(hits: readonly Excerpt[]): Stance | 'none' {
  const order = Object.keys(STANCE_COLOURS) as Array<Stance | 'none'>;
  const counts = new Map<Stance | 'none', number>();
  for (const h of hits) {
    const s = h.issue?.stance ?? 'none';
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return order.reduce(
    (best, s) => ((counts.get(s) ?? 0) > (counts.get(best) ?? 0) ? s : best),
    order[0] ?? 'none',
  );
}

function svg(width: number, height: number, label: string, parts: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(label)}" font-family="sans-serif" font-size="11">`,
    ...parts,
    '</svg>',
  ].join('\n');
}

function clip(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}

function iso(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}
