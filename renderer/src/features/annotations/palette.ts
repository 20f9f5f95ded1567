import type { Annotation, AnnotationColor } from '../../../../shared/model/annotation';
import { ANNOTATION_COLORS } from '../../../../shared/model/values';

/** The palette in toolbar order. */
export const COLORS: readonly AnnotationColor[] = ANNOTATION_COLORS;

/** Names people read (and screen readers say). */
export const COLOR_LABEL: Record<AnnotationColor, string> = {
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  pink: 'Pink',
  purple: 'Purple',
  orange: 'Orange',
};

/** What a state means, for badges and tooltips. */
export const STATE_LABEL: Record<Annotation['state'], string> = {
  anchored: 'anchored',
  moved: 'moved',
  fuzzy: 'fuzzy match',
  ambiguous: 'ambiguous',
  orphan: 'orphan',
};

/** Badge text: the state, with the score of a fuzzy match. */
export function stateText(a: Annotation): string {
  return a.state === 'fuzzy' && a.score !== null
    ? `fuzzy ${Math.round(a.score * 100)}%`
    : STATE_LABEL[a.state];
}

/** Comma-separated tags → clean list. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}
