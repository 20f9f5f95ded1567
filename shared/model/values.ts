/**
 * The fixed value lists of the model, with no dependency. The schemas (zod) are built from these lists,
 * and the renderer reads them from here: importing a schema module for one list would load zod and build
 * every schema of that module while the window starts.
 */

/** Highlight colours of the palette. */
export const ANNOTATION_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple', 'orange'] as const;

/** How an annotation's anchor stands after re-anchoring (docs/annotations.md). */
export const ANCHOR_STATES = ['anchored', 'moved', 'fuzzy', 'ambiguous', 'orphan'] as const;

/** Entity types an annotation can tag. */
export const ANNOTATION_ENTITY_TYPES = ['person', 'organisation', 'place', 'other'] as const;

/** What a piece of evidence does to its issue, in legend order. */
export const STANCES = ['raises', 'progress', 'blocks', 'resolves', 'other'] as const;

/** Where an issue stands, in board column order. `contested`: incompatible positions; `progress`: movement. */
export const ISSUE_STATUSES = ['open', 'contested', 'progress', 'resolved'] as const;

/** Default colours for new issues, cycled by creation order (distinguishable, colour-blind aware). */
export const ISSUE_PALETTE = [
  '#1f77b4',
  '#d62728',
  '#2ca02c',
  '#9467bd',
  '#ff7f0e',
  '#17becf',
  '#8c564b',
  '#e377c2',
  '#7f7f7f',
  '#bcbd22',
] as const;

/** Export formats, in the order the export dialog lists them. */
export const EXPORT_FORMATS = ['md', 'csv', 'html', 'docx', 'jsonld', 'qdpx'] as const;

/** True when `value` is one of `list` (narrows a string read from a form control). */
export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}
