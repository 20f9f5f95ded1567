import { z } from 'zod';

/**
 * Entities: people, organisations and places found in the documents' text, the analyst's decisions about
 * them, and the views the UI and CLI show. Every offset is a UTF-16 offset into the file's canonical text
 * (shared/text/canonical.ts), never into a story slice.
 */

/** The kinds of entity Dossier recognises. */
export const EntityTypeSchema = z.enum(['person', 'organisation', 'place']);
/** A {@link EntityTypeSchema} value. */
export type EntityType = z.infer<typeof EntityTypeSchema>;
/** Every entity type, in display order. */
export const ENTITY_TYPES: readonly EntityType[] = EntityTypeSchema.options;

/** One alias (surface form) of an entity and how many mentions use it. */
export const AliasCountSchema = z.object({ text: z.string(), mentions: z.number().int().min(0) });
/** A {@link AliasCountSchema} value. */
export type AliasCount = z.infer<typeof AliasCountSchema>;

/** An entity as listed (the CLI's `entities --json` row). */
export const EntitySummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  type: EntityTypeSchema,
  aliases: z.array(AliasCountSchema),
  mentions: z.number().int().min(0),
  documents: z.number().int().min(0),
});
/** A {@link EntitySummarySchema} value. */
export type EntitySummary = z.infer<typeof EntitySummarySchema>;

/** Why two entities may be one. `rule` is machine-readable; `reason` is the sentence the analyst reads. */
export const SuggestionRuleSchema = z.enum(['transliteration', 'spelling', 'typo', 'renamed', 'surname']);
/** A {@link SuggestionRuleSchema} value. */
export type SuggestionRule = z.infer<typeof SuggestionRuleSchema>;

/** A pending merge suggestion (the first id is the one kept when accepted). */
export const SuggestionSchema = z.object({
  id: z.string(),
  kind: z.literal('merge'),
  entities: z.tuple([z.string(), z.string()]),
  names: z.tuple([z.string(), z.string()]),
  rule: SuggestionRuleSchema,
  reason: z.string(),
});
/** A {@link SuggestionSchema} value. */
export type Suggestion = z.infer<typeof SuggestionSchema>;

/** A mention in a document: offsets into the file's canonical text, with a confidence in [0, 1]. */
export const MentionSchema = z.object({
  docId: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string(),
  confidence: z.number().min(0).max(1),
  /** How it was found: `ner`, `rule`, `title`, `dateline`, `surname`, `gazetteer`, `manual`... */
  source: z.string(),
});
/** A {@link MentionSchema} value. */
export type Mention = z.infer<typeof MentionSchema>;

/** A mention with its entity, as the reader underlines it. */
export const DocMentionSchema = MentionSchema.extend({
  entityId: z.string(),
  type: EntityTypeSchema,
  name: z.string(),
});
/** A {@link DocMentionSchema} value. */
export type DocMention = z.infer<typeof DocMentionSchema>;

/** A mention with its keyword-in-context on an entity page. */
export const KwicSchema = MentionSchema.extend({ before: z.string(), after: z.string() });
/** A {@link KwicSchema} value. */
export type Kwic = z.infer<typeof KwicSchema>;

/** The entity page. */
export const EntityDetailSchema = EntitySummarySchema.extend({
  mentionList: z.array(KwicSchema),
  /** Mentions left out of `mentionList` (pages cap KWIC rows). */
  moreMentions: z.number().int().min(0),
  documentList: z.array(
    z.object({ id: z.string(), title: z.string(), date: z.string().nullable(), mentions: z.number().int() }),
  ),
  timeline: z.array(z.object({ date: z.string(), mentions: z.number().int(), documents: z.number().int() })),
  cooccurring: z.array(
    z.object({ id: z.string(), name: z.string(), type: EntityTypeSchema, documents: z.number().int() }),
  ),
  /** Tracked issues with evidence in the entity's documents (most shared documents first). */
  issues: z.array(z.object({ id: z.string(), title: z.string(), documents: z.number().int() })),
  suggestions: z.array(SuggestionSchema),
  /** Ids the analyst merged into this entity (for the page's history line). */
  manual: z.boolean(),
});
/** A {@link EntityDetailSchema} value. */
export type EntityDetail = z.infer<typeof EntityDetailSchema>;

/** The co-occurrence network: entities as nodes, shared documents as weighted edges. */
export const EntityGraphSchema = z.object({
  nodes: z.array(
    z.object({ id: z.string(), name: z.string(), type: EntityTypeSchema, mentions: z.number().int() }),
  ),
  edges: z.array(
    z.object({
      a: z.string(),
      b: z.string(),
      /** Shared documents. */
      weight: z.number().int().min(1),
      /** Association in [0, 1]: shared / sqrt(docs(a) × docs(b)), so hubs do not tie everything together. */
      strength: z.number().min(0).max(1),
    }),
  ),
});
/** A {@link EntityGraphSchema} value. */
export type EntityGraph = z.infer<typeof EntityGraphSchema>;

/** A saved mention made by hand from a selection (re-found by its exact text when the file changes). */
export const ManualMentionSchema = z.object({
  docId: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  exact: z.string().min(1),
});
/** A {@link ManualMentionSchema} value. */
export type ManualMention = z.infer<typeof ManualMentionSchema>;

/**
 * One analyst decision. Decisions are an ordered log replayed over the recognised clusters, so they
 * survive re-ingest: they name entities by their stable ids (type + folded name), never by position.
 */
export const DecisionSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('merge'),
    into: z.string(),
    from: z.array(z.string()).min(1),
    suggestion: z.string().optional(),
  }),
  z.object({ kind: z.literal('reject'), suggestion: z.string() }),
  z.object({ kind: z.literal('split'), entity: z.string(), alias: z.string() }),
  z.object({ kind: z.literal('rename'), entity: z.string(), name: z.string().min(1) }),
  z.object({ kind: z.literal('retype'), entity: z.string(), type: EntityTypeSchema }),
  z.object({
    kind: z.literal('alias'),
    entity: z.string(),
    text: z.string().min(1),
    /** For a gazetteer import: name and type of the entity to create when it does not exist yet. */
    name: z.string().optional(),
    type: EntityTypeSchema.optional(),
  }),
  z.object({ kind: z.literal('false-positive'), entity: z.string() }),
  z.object({
    kind: z.literal('tag'),
    mention: ManualMentionSchema,
    entity: z.string().optional(),
    name: z.string().optional(),
    type: EntityTypeSchema.optional(),
  }),
]);
/** A {@link DecisionSchema} value. */
export type Decision = z.infer<typeof DecisionSchema>;

/** A decision as stored: when and a stable id, so undo can name it. */
export const StoredDecisionSchema = z.object({ id: z.string(), at: z.string(), decision: DecisionSchema });
/** A {@link StoredDecisionSchema} value. */
export type StoredDecision = z.infer<typeof StoredDecisionSchema>;

/** The entities part of the project sidecar (`.dossier/entities.json`), schema version 1. */
export const EntitiesSidecarSchema = z.object({
  version: z.literal(1),
  decisions: z.array(StoredDecisionSchema),
  /** Undone decisions, newest last, for redo. */
  undone: z.array(StoredDecisionSchema),
});
/** A {@link EntitiesSidecarSchema} value. */
export type EntitiesSidecar = z.infer<typeof EntitiesSidecarSchema>;
