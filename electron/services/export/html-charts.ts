import type { Excerpt } from '../../../shared/model/export';
import { matrixSvg, STANCE_COLOURS, timelineSvg } from './charts';

/** The report's figures section: timeline and actor × issue matrix, each omitted when it has no data. */
export function charts(excerpts: readonly Excerpt[]): string[] {
  const timeline = timelineSvg(excerpts);
  const matrix = matrixSvg(excerpts);
  if (!timeline && !matrix) return [];
  const out = ['<section class="charts">'];
  if (timeline) out.push('<figure>', '<figcaption>Timeline</figcaption>', timeline, '</figure>');
  if (matrix) out.push('<figure>', '<figcaption>Actors × issues</figcaption>', matrix, '</figure>');
  out.push(legend(), '</section>');
  return out;
}

/** What the colours mean (the same for both figures and for each excerpt's rule). */
function legend(): string {
  const items = Object.entries(STANCE_COLOURS).map(
    ([stance, colour]) =>
      `<span class="key"><span class="swatch" style="background:${colour}"></span>${stance === 'none' ? 'no stance' : stance}</span>`,
  );
  return `<p class="legend">Stance: ${items.join(' ')}</p>`;
}
