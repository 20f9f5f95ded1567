import { z } from 'zod';
import { ANCHOR_STATES, ANNOTATION_COLORS, ANNOTATION_ENTITY_TYPES, STANCES } from './values';

/**
 * Annotations (DESIGN.md §4). Selectors follow the W3C Web Annotation model (TextQuoteSelector,
 * TextPositionSelector); every offset is a UTF-16 code-unit offset into the canonical text of the whole
 * file (shared/text/canonical.ts), not into a story slice. {@link toWebAnnotation} gives the JSON-LD form.
 */

/** Highlight colours of the palette (names, so themes can choose the actual shade). */
export { ANNOTATION_COLORS };
/** zod schema of a palette colour. */
export const AnnotationColorSchema = z.enum(ANNOTATION_COLORS);
/** A palette colour. */
export type AnnotationColor = z.infer<typeof AnnotationColorSchema>;

/** W3C TextQuoteSelector: the quoted text with up to 32 code units of context either side. */
export const TextQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});
/** A {@link TextQuoteSelectorSchema} value. */
export type TextQuoteSelector = z.infer<typeof TextQuoteSelectorSchema>;

/** W3C TextPositionSelector; half-open [start, end) of UTF-16 offsets into the file's canonical text. */
export const TextPositionSelectorSchema = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
/** A {@link TextPositionSelectorSchema} value. */
export type TextPositionSelector = z.infer<typeof TextPositionSelectorSchema>;

/**
 * Where an annotation stands against the current text: `anchored` (same place, same text), `moved`
 * (same text elsewhere, chosen by context), `fuzzy` (edited text, score ≥ the minimum), `ambiguous`
 * (several equally good places: not guessed), `orphan` (not found, or the file is gone).
 */
export const AnchorStateSchema = z.enum(ANCHOR_STATES);
/** A {@link AnchorStateSchema} value. */
export type AnchorState = z.infer<typeof AnchorStateSchema>;

/** Kinds of named entity an annotation may tag. */
export const EntityTypeSchema = z.enum(ANNOTATION_ENTITY_TYPES);
/** A {@link EntityTypeSchema} value. */
export type EntityType = z.infer<typeof EntityTypeSchema>;

/** How a passage bears on an unresolved issue. */
export const IssueStanceSchema = z.enum(STANCES);
/** A {@link IssueStanceSchema} value. */
export type IssueStance = z.infer<typeof IssueStanceSchema>;

/** An entity tag; `id` links to the entities domain once resolved. */
export const AnnotationEntitySchema = z.object({
  id: z.string().nullable(),
  name: z.string().min(1).max(500),
  type: EntityTypeSchema,
});
/** A {@link AnnotationEntitySchema} value. */
export type AnnotationEntity = z.infer<typeof AnnotationEntitySchema>;

/** An issue tag; `id` links to the issues domain once resolved. */
export const AnnotationIssueSchema = z.object({
  id: z.string().nullable(),
  title: z.string().min(1).max(500),
  stance: IssueStanceSchema,
});
/** A {@link AnnotationIssueSchema} value. */
export type AnnotationIssue = z.infer<typeof AnnotationIssueSchema>;

/** A free tag: trimmed, 1–100 characters. */
export const TagSchema = z.string().trim().min(1).max(100);

/** The range an annotation currently covers, or null when it has no place (ambiguous, orphan). */
export const CurrentRangeSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });

/** One annotation as stored in the sidecar and sent to clients. */
export const AnnotationSchema = z.object({
  id: z.string().min(1),
  /** Document (story) id; follows the text if re-anchoring lands in another story of the same file. */
  docId: z.string().min(1),
  /** The file's relative path (the part of docId before `#n`). */
  path: z.string().min(1),
  /** Quote and context as last confirmed (created, or re-found exactly); kept as-is while fuzzy or orphan. */
  quote: TextQuoteSelectorSchema,
  position: TextPositionSelectorSchema,
  /** sha256 of the canonical text the selectors were built against. */
  contentHash: z.string(),
  color: AnnotationColorSchema,
  /** Markdown; rendered sanitised. */
  note: z.string().max(100_000),
  tags: z.array(TagSchema),
  entity: AnnotationEntitySchema.nullable(),
  issue: AnnotationIssueSchema.nullable(),
  created: z.string(),
  modified: z.string(),
  state: AnchorStateSchema,
  /** Match score 0–1 (1 for exact); null for ambiguous and orphan. */
  score: z.number().min(0).max(1).nullable(),
  /** Where it is now; null when it has no place. */
  current: CurrentRangeSchema.nullable(),
  /** The analyst chose to keep this orphan detached (it leaves the orphans queue). */
  detached: z.boolean(),
});
/** A {@link AnnotationSchema} value. */
export type Annotation = z.infer<typeof AnnotationSchema>;

/** The W3C Web Annotation (JSON-LD) form of an annotation, for export. */
export function toWebAnnotation(a: Annotation, folderUri: string): Record<string, unknown> {
  const body: Record<string, unknown>[] = [];
  if (a.note)
    body.push({ type: 'TextualBody', value: a.note, format: 'text/markdown', purpose: 'commenting' });
  for (const t of a.tags) body.push({ type: 'TextualBody', value: t, purpose: 'tagging' });
  if (a.entity) body.push({ type: 'TextualBody', value: a.entity.name, purpose: 'identifying' });
  if (a.issue) body.push({ type: 'TextualBody', value: a.issue.title, purpose: 'questioning' });
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:uuid:${a.id}`,
    type: 'Annotation',
    created: a.created,
    modified: a.modified,
    motivation: a.note ? 'commenting' : 'highlighting',
    body,
    target: { source: `${folderUri}/${encodeURI(a.path)}`, selector: [a.quote, a.position] },
  };
}
