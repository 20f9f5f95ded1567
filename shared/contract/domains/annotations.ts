import { z } from 'zod';
import {
  AnnotationColorSchema,
  AnnotationEntitySchema,
  AnnotationIssueSchema,
  AnnotationSchema,
  AnchorStateSchema,
  TagSchema,
} from '../../model/annotation';
import { SidecarInfoSchema } from '../../model/workspace';
import { method } from '../spec';

const Id = z.string().min(1).max(200);
const DocId = z.string().min(1).max(4096);
const Offset = z.number().int().min(0);

/** The editable fields of an annotation (all optional in an update; null clears entity/issue). */
const Fields = z.object({
  color: AnnotationColorSchema.optional(),
  note: z.string().max(100_000).optional(),
  tags: z.array(TagSchema).max(100).optional(),
  entity: AnnotationEntitySchema.extend({ id: z.string().nullable().default(null) })
    .nullable()
    .optional(),
  issue: AnnotationIssueSchema.extend({ id: z.string().nullable().default(null) })
    .nullable()
    .optional(),
});

/** What the undo/redo buttons show. */
export const UndoStateSchema = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  /** What undo would revert ("Create highlight"), or null. */
  undoLabel: z.string().nullable(),
  redoLabel: z.string().nullable(),
});

/** A tag bound to a number key and (optionally) a colour. */
export const BoundTagSchema = z.object({
  tag: TagSchema,
  key: z.number().int().min(1).max(9).nullable(),
  color: AnnotationColorSchema.nullable(),
});

/** The sidecar's state for the annotations UI. */
export const AnnotationsStatusSchema = z.object({
  readOnly: z.boolean(),
  /** Read-only reason, what a recovery restored, or the last save error; null when all is well. */
  message: z.string().nullable(),
  unsaved: z.number().int().min(0),
  file: z.string(),
});

/** Highlights, notes and tags anchored to text (issue 6). */
export const annotationsMethods = {
  'annotations.list': method(
    'Annotations re-anchored against the current files: of one document (in text order, orphans last) or, without docId, all of them; filters combine.',
    z.object({
      docId: DocId.optional(),
      state: AnchorStateSchema.optional(),
      tag: TagSchema.optional(),
      color: AnnotationColorSchema.optional(),
      entity: z.string().max(500).optional(),
      issue: z.string().max(500).optional(),
      text: z.string().max(500).optional(),
    }),
    z.array(AnnotationSchema),
  ),
  'annotations.get': method('One annotation.', z.object({ id: Id }), AnnotationSchema),
  'annotations.create': method(
    'Annotate [start, end) of a document (UTF-16 offsets into the file’s canonical text); selectors are built by the service.',
    Fields.extend({ docId: DocId, start: Offset, end: Offset }),
    AnnotationSchema,
  ),
  'annotations.createMany': method(
    'Annotate many ranges at once (e.g. every hit of a search) with the same tags, colour and note: every range is checked first (one bad range creates nothing), then all are saved in one sidecar write and one undo step. A range already annotated at exactly that place with all these tags is skipped. At most 20,000 ranges per call.',
    z.object({
      ranges: z
        .array(z.object({ docId: DocId, start: Offset, end: Offset }))
        .min(1)
        .max(20_000),
      tags: z.array(TagSchema).max(100).optional(),
      color: AnnotationColorSchema.optional(),
      note: z.string().max(100_000).optional(),
    }),
    z.object({
      created: z.number().int().min(0),
      skipped: z.number().int().min(0),
      ids: z.array(Id),
    }),
  ),
  'annotations.update': method(
    'Change colour, note, tags, entity or issue.',
    Fields.extend({ id: Id }),
    AnnotationSchema,
  ),
  'annotations.delete': method(
    'Delete an annotation (undoable).',
    z.object({ id: Id }),
    z.object({ id: Id }),
  ),
  'annotations.reattach': method(
    'Attach an orphaned (or misplaced) annotation to a new selection; its quote becomes the selected text.',
    z.object({ id: Id, docId: DocId, start: Offset, end: Offset }),
    AnnotationSchema,
  ),
  'annotations.detach': method(
    'Keep an orphan detached (it leaves the orphans queue, with its quote) or return it to the queue.',
    z.object({ id: Id, detached: z.boolean() }),
    AnnotationSchema,
  ),
  'annotations.undo': method(
    'Undo the last annotation action of this session.',
    z.object({}),
    UndoStateSchema,
  ),
  'annotations.redo': method('Redo the last undone annotation action.', z.object({}), UndoStateSchema),
  'annotations.history': method('What undo and redo would do now.', z.object({}), UndoStateSchema),
  'annotations.status': method(
    'Whether annotations can be saved, and why not.',
    z.object({}),
    AnnotationsStatusSchema,
  ),
  'annotations.tags': method(
    'Every tag in use with its count, and the tags bound to keys 1–9 and colours.',
    z.object({}),
    z.object({
      used: z.array(z.object({ tag: TagSchema, count: z.number().int().min(0) })),
      bound: z.array(BoundTagSchema),
    }),
  ),
  'annotations.bindTag': method(
    'Bind a tag to a number key and/or colour (key null unbinds the key).',
    BoundTagSchema,
    z.array(BoundTagSchema),
  ),
  'sidecar.status': method(
    'Where the sidecar is, and each opened collection: read-only reason, recovery notice, unsaved changes.',
    z.object({}),
    z.object({
      info: SidecarInfoSchema,
      collections: z.array(AnnotationsStatusSchema.extend({ name: z.string() })),
    }),
  ),
  'sidecar.move': method(
    'Move the sidecar into the folder (.dossier) or to the app data folder (the folder stays untouched); the folder is re-opened.',
    z.object({ to: z.enum(['folder', 'app-data']) }),
    SidecarInfoSchema,
  ),
};

/** Events of the annotations domain. */
export const annotationsEvents = {
  /** Annotations were created, changed, re-anchored or removed (docIds: affected documents). */
  'annotations.changed': z.object({
    ids: z.array(z.string()),
    docIds: z.array(z.string()),
    reason: z.string(),
  }),
};
