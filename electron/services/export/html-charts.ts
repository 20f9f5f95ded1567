import type { Excerpt } from '../../../shared/model/export';
import { matrixSvg, timelineSvg } from './charts';

/** The report's figures section: timeline and actor × issue matrix, each omitted when it has no data. */
export function charts(excerpts: readonly Excerpt[]): string[] {
  const timeline = timelineSvg(excerpts);
  const matrix = matrixSvg(excerpts);
  if (!timeline && !matrix) return [];
  const out = ['<section class="charts">'];
  if (timeline) out.push('<figure>', '<figcaption>Timeline</figcaption>', timeline, '</figure>');
  if (matrix) out.push('<figure>', '<figcaption>Actors × issues</figcaption>', matrix, '</figure>');
  out.push('</section>');
  return out;
}
