import { z } from 'zod';
import {
  DecisionSchema,
  DocMentionSchema,
  EntityDetailSchema,
  EntityGraphSchema,
  EntitySummarySchema,
  EntityTypeSchema,
  StoredDecisionSchema,
  SuggestionSchema,
} from '../../model/entity';
import { method } from '../spec';

/** People, organisations and places: lists, pages, reader mentions, the analyst's decisions. */
export const entitiesMethods = {
  'entities.list': method(
    'Every entity of the open folder (most mentioned first) and the pending merge suggestions.',
    z.object({ type: EntityTypeSchema.optional(), includeHidden: z.boolean().optional() }),
    z.object({ entities: z.array(EntitySummarySchema), suggestions: z.array(SuggestionSchema) }),
  ),
  'entities.get': method(
    'One entity page: aliases with counts, mentions in context, documents, timeline, co-occurring entities.',
    z.object({ id: z.string().min(1).max(512) }),
    EntityDetailSchema,
  ),
  'entities.forDocument': method(
    'The entity mentions inside one document, for the reader underlines.',
    z.object({ docId: z.string().min(1).max(4096) }),
    z.array(DocMentionSchema),
  ),
  'entities.graph': method(
    'The co-occurrence network: the most mentioned entities and the documents they share.',
    z.object({
      type: EntityTypeSchema.optional(),
      limit: z.number().int().min(2).max(300).optional(),
      minWeight: z.number().int().min(1).max(1000).optional(),
    }),
    EntityGraphSchema,
  ),
  'entities.decide': method(
    'Records one analyst decision (merge, reject, split, rename, retype, alias, false positive, tag) in the sidecar.',
    z.object({ decision: DecisionSchema }),
    z.object({ id: z.string() }),
  ),
  'entities.undo': method(
    'Undoes the newest entity decision (or redoes the last undone one with redo: true).',
    z.object({ redo: z.boolean().optional() }),
    z.object({ changed: z.boolean() }),
  ),
  'entities.history': method(
    'The entity decisions of the open folder, oldest first, with undone ones marked.',
    z.object({}),
    z.array(StoredDecisionSchema.extend({ state: z.enum(['active', 'undone']) })),
  ),
  'entities.exportGazetteer': method(
    'The aliases of every visible entity as CSV (name,type,alias).',
    z.object({ type: EntityTypeSchema.optional() }),
    z.object({ csv: z.string(), rows: z.number().int().min(0) }),
  ),
  'entities.importGazetteer': method(
    'Adds the aliases of a name,type,alias CSV as alias decisions (undoable one by one).',
    z.object({ csv: z.string().max(5_000_000) }),
    z.object({ added: z.number().int().min(0), skipped: z.array(z.string()) }),
  ),
};

/** Payloads of the entities events. */
export const entitiesEvents = {
  'entities.changed': z.object({ reason: z.string() }),
};
