import { z } from 'zod';
import {
  ActorCandidateSchema,
  EvidenceSchema,
  IssueSchema,
  IssueStatusSchema,
  IssueViewSchema,
  PassageSchema,
  StanceSchema,
  SuggestionSchema,
} from '../../model/issue';
import { method } from '../spec';

const Id = z.string().min(1).max(200);
const DocId = z.string().min(1).max(4096);
const Colour = z.string().regex(/^#[0-9a-fA-F]{6}$/);

/** What a status change cites: at least one of an annotation, one of the issue's evidence, a passage. */
export const CitationParamsSchema = z
  .object({
    annotationId: Id.optional(),
    evidenceId: Id.optional(),
    passage: PassageSchema.omit({ quote: true }).optional(),
  })
  .refine((c) => c.annotationId !== undefined || c.evidenceId !== undefined || c.passage !== undefined, {
    message: 'cite an annotation, a piece of evidence or a passage',
  });

/** How many passages of each suggestion `issues.suggestions` returns. */
export const SuggestionPreviewSchema = z.union([z.number().int().min(0).max(1000), z.literal('all')]);

/** Passages per suggestion in `issues.suggestions` when the caller does not say. */
export const DEFAULT_SUGGESTION_PREVIEW = 5;

/** Unresolved issues: tracked records, their evidence, and suggestions from the text (issue 8). */
export const issuesMethods = {
  'issues.list': method(
    'Every tracked issue of the open folder with its evidence in document-date order.',
    z.object({}),
    z.array(IssueViewSchema),
  ),
  'issues.suggestions': method(
    'Open questions and positions found in the text, grouped by topic across documents, most widely raised first (at most `limit`); rejected and already-linked passages are left out. Each suggestion carries its counts and a preview of `preview` passages (default 5; "all" for every one): a large folder has thousands of passages and of suggestions.',
    z.object({
      preview: SuggestionPreviewSchema.optional(),
      limit: z.number().int().min(1).max(1_000_000).optional(),
    }),
    z.array(SuggestionSchema),
  ),
  'issues.suggestion': method(
    'One suggestion with all its passages (the list gives only the first few), or null when it is gone (accepted, rejected, or no longer found).',
    z.object({ topic: z.string().min(1).max(300) }),
    SuggestionSchema.nullable(),
  ),
  'issues.create': method(
    'Create an issue (status open).',
    z.object({
      title: z.string().trim().min(1).max(200),
      description: z.string().max(4000).optional(),
      colour: Colour.optional(),
      parentId: Id.nullable().optional(),
      aliases: z.array(z.string().max(200)).max(50).optional(),
      topicKey: z.string().max(200).nullable().optional(),
    }),
    IssueSchema,
  ),
  'issues.update': method(
    'Edit an issue: title, description, colour, parent, aliases.',
    z.object({
      id: Id,
      title: z.string().trim().min(1).max(200).optional(),
      description: z.string().max(4000).optional(),
      colour: Colour.optional(),
      parentId: Id.nullable().optional(),
      aliases: z.array(z.string().max(200)).max(50).optional(),
    }),
    IssueSchema,
  ),
  'issues.remove': method(
    'Delete an issue and its evidence links; its sub-issues move up to its parent; annotations are kept (annotations tagged with it stop counting as its evidence). Undo with issues.restore in the same session.',
    z.object({ id: Id }),
    z.object({
      removed: z.number().int().min(0),
      evidence: z.number().int().min(0),
      children: z.number().int().min(0),
    }),
  ),
  'issues.restore': method(
    'Undo the deletion of an issue made in this session: the issue, its evidence links and its sub-issues come back.',
    z.object({ id: Id }),
    IssueSchema,
  ),
  'issues.setStatus': method(
    'Change the status of an issue; the change is dated and must cite its evidence.',
    z.object({
      id: Id,
      status: IssueStatusSchema,
      at: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}/)
        .optional(),
      note: z.string().max(2000).optional(),
      cites: CitationParamsSchema,
    }),
    IssueViewSchema,
  ),
  'issues.link': method(
    'Link a passage (or an annotation on it) to an issue as evidence with a stance and an actor.',
    z.object({
      issueId: Id,
      docId: DocId,
      start: z.number().int().min(0),
      end: z.number().int().min(0),
      stance: StanceSchema,
      actor: z.string().max(200).nullable().optional(),
      entityId: Id.nullable().optional(),
      annotationId: Id.nullable().optional(),
    }),
    EvidenceSchema,
  ),
  'issues.updateEvidence': method(
    'Change the stance or actor of a piece of evidence (of an annotation, `ann:<id>`, on the annotation: undoable there). `entityId` pins the actor to an entity (null: a raw name); `actorLink: "auto"` resolves the name again.',
    z.object({
      id: Id,
      stance: StanceSchema.optional(),
      actor: z.string().max(200).nullable().optional(),
      entityId: Id.nullable().optional(),
      actorLink: z.enum(['auto', 'pinned']).optional(),
    }),
    EvidenceSchema,
  ),
  'issues.unlink': method(
    'Remove a piece of evidence from its issue (for an annotation, its issue tag is cleared; the annotation stays).',
    z.object({ id: Id }),
    z.object({ removed: z.number().int().min(0) }),
  ),
  'issues.actorCandidates': method(
    'Entities an actor name may stand for: the one it resolves to (alias or transliteration) first, then name matches.',
    z.object({ query: z.string().max(200) }),
    z.array(ActorCandidateSchema),
  ),
  'issues.accept': method(
    'Accept a suggestion: create its issue (or link to `issueId`) with its passages as evidence; `keys` narrows to some passages, `title` renames.',
    z.object({
      topic: z.string().min(1).max(300),
      issueId: Id.optional(),
      title: z.string().trim().min(1).max(200).optional(),
      keys: z.array(z.string().max(5000)).max(5000).optional(),
    }),
    IssueViewSchema,
  ),
  'issues.reject': method(
    'Reject a suggestion (all its passages, or only `keys`); rejected passages stay rejected across re-ingest.',
    z.object({ topic: z.string().min(1).max(300), keys: z.array(z.string().max(5000)).max(5000).optional() }),
    z.object({ rejected: z.number().int().min(0) }),
  ),
};
