import { z } from 'zod';
import { ISSUE_PALETTE, ISSUE_STATUSES, STANCES } from './values';
import { IssueStanceSchema } from './annotation';

export { ISSUE_PALETTE, ISSUE_STATUSES, STANCES };

/**
 * Issues: the open questions of a story (security guarantees, territory, sanctions...) tracked like an
 * issue tracker tracks bugs. Every offset is a UTF-16 offset into the canonical text of the whole file
 * the document belongs to (shared/text/canonical.ts), never into a story slice.
 */

/** Where an issue stands. `contested` = actors hold incompatible positions; `progress` = movement. */
export const IssueStatusSchema = z.enum(ISSUE_STATUSES);
/** A {@link IssueStatusSchema} value. */
export type IssueStatus = z.infer<typeof IssueStatusSchema>;

/** What a piece of evidence does to its issue. */
export const StanceSchema = IssueStanceSchema;
/** A {@link StanceSchema} value. */
export type Stance = z.infer<typeof StanceSchema>;

/** A cited passage: document id, file offsets and the exact quote. */
export const PassageSchema = z.object({
  docId: z.string().min(1),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  quote: z.string(),
});
/** A {@link PassageSchema} value. */
export type Passage = z.infer<typeof PassageSchema>;

/** What a status change cites: an annotation, a passage, or a piece of the issue's own evidence. */
export const CitationSchema = z.object({
  annotationId: z.string().nullable(),
  evidenceId: z.string().nullable(),
  passage: PassageSchema.nullable(),
});
/** A {@link CitationSchema} value. */
export type Citation = z.infer<typeof CitationSchema>;

/** One dated change of status; `at` is the date the change happened in the world (YYYY-MM-DD). */
export const StatusChangeSchema = z.object({
  at: z.string(),
  from: IssueStatusSchema.nullable(),
  to: IssueStatusSchema,
  note: z.string(),
  cites: CitationSchema.nullable(),
  /** When the analyst recorded it (ISO timestamp). */
  recordedAt: z.string(),
});
/** A {@link StatusChangeSchema} value. */
export type StatusChange = z.infer<typeof StatusChangeSchema>;

/** An issue record as stored in the sidecar. */
export const IssueSchema = z.object({
  id: z.string(),
  title: z.string().min(1).max(200),
  description: z.string().max(4000),
  /** CSS hex colour, e.g. `#c2410c`. */
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  parentId: z.string().nullable(),
  status: IssueStatusSchema,
  history: z.array(StatusChangeSchema),
  aliases: z.array(z.string()),
  /** Normalised topic key the detector groups under (e.g. `security-guarantees`); null when manual. */
  topicKey: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
/** A {@link IssueSchema} value. */
export type Issue = z.infer<typeof IssueSchema>;

/** One piece of evidence: a passage (optionally an annotation) linked to an issue with a stance. */
export const EvidenceSchema = PassageSchema.extend({
  id: z.string(),
  issueId: z.string(),
  /** The annotation this evidence is, once annotations carry it; null for detector-accepted passages. */
  annotationId: z.string().nullable(),
  stance: StanceSchema,
  /** The actor's name as written in the passage (kept even when it resolves to an entity). */
  actor: z.string().nullable(),
  /** The entity the analyst linked the actor to; null = resolved from the name when viewed. */
  entityId: z.string().nullable(),
  /**
   * `pinned` when the analyst chose the entity (or chose none: `entityId` null) in the evidence editor,
   * so the name is not resolved again; absent or `auto` = resolve the name against the entities.
   */
  actorLink: z.enum(['auto', 'pinned']).optional(),
  /** The cue phrase that found it, when it came from a suggestion. */
  cue: z.string().nullable(),
  /** Stable key of the suggestion item it came from (topic + docId + quote hash), if any. */
  suggestionKey: z.string().nullable(),
  createdAt: z.string(),
});
/** A {@link EvidenceSchema} value. */
export type Evidence = z.infer<typeof EvidenceSchema>;

/** Evidence joined with its document's date, outlet and title (issue page, timeline, matrix). */
export const EvidenceViewSchema = EvidenceSchema.extend({
  docDate: z.string().nullable(),
  docTitle: z.string(),
  outlet: z.string(),
  /** False when the document is no longer in the folder or the quote no longer matches. */
  present: z.boolean(),
  /** The current name of the actor's entity (after merges), or null when the actor is a raw name. */
  entityName: z.string().nullable(),
  /** Groups one actor's passages (matrix rows): `entity:<id>`, or `name:<folded name>`; null = no actor. */
  actorKey: z.string().nullable(),
});
/** A {@link EvidenceViewSchema} value. */
export type EvidenceView = z.infer<typeof EvidenceViewSchema>;

/** An issue with its evidence in document-date order. */
export const IssueViewSchema = IssueSchema.extend({ evidence: z.array(EvidenceViewSchema) });
/** A {@link IssueViewSchema} value. */
export type IssueView = z.infer<typeof IssueViewSchema>;

/** One detected passage of a suggestion. */
export const SuggestedEvidenceSchema = PassageSchema.extend({
  /** Stable across re-ingest: topic + docId + hash of the quote. Rejections are stored by it. */
  key: z.string(),
  cue: z.string(),
  stance: StanceSchema,
  actor: z.string().nullable(),
  docDate: z.string().nullable(),
  docTitle: z.string(),
});
/** A {@link SuggestedEvidenceSchema} value. */
export type SuggestedEvidence = z.infer<typeof SuggestedEvidenceSchema>;

/** A proposed issue: one topic across documents, with the passages that raise it. */
export const SuggestionSchema = z.object({
  topic: z.string(),
  label: z.string(),
  /** The most frequent cue among its passages. */
  cue: z.string(),
  /** The tracked issue with this topic, when one exists (accepting then links rather than creates). */
  issueId: z.string().nullable(),
  /** Passages in all, and the documents they come from. */
  evidenceCount: z.number().int().min(0),
  docCount: z.number().int().min(0),
  /** Passages per stance (stances without passages left out). */
  stances: z.partialRecord(StanceSchema, z.number().int().min(0)),
  /** Key of the passage that best shows the question (one with the main cue, the shortest). */
  sampleKey: z.string().nullable(),
  /**
   * The passages in document-date order: all of them, or a preview when the list asked for one (the
   * first few, the last of them swapped for the sample passage when it comes later); `issues.suggestion`
   * gives the rest.
   */
  evidence: z.array(SuggestedEvidenceSchema),
});
/** A {@link SuggestionSchema} value. */
export type Suggestion = z.infer<typeof SuggestionSchema>;

/** An entity an actor name may stand for, as the evidence editor offers it. */
export const ActorCandidateSchema = z.object({
  entityId: z.string(),
  name: z.string(),
  type: z.enum(['person', 'organisation', 'place']),
  mentions: z.number().int().min(0),
  /** True for the entity the name resolves to by itself (alias or transliteration). */
  resolved: z.boolean(),
});
/** A {@link ActorCandidateSchema} value. */
export type ActorCandidate = z.infer<typeof ActorCandidateSchema>;
