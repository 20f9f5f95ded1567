import { z } from 'zod';

/**
 * Documents (stories) as they cross the contract. Every offset is a UTF-16 code-unit offset into the
 * canonical text of the whole file (see shared/text/canonical.ts), never into a story slice.
 */

/** Half-open range [start, end) of UTF-16 offsets into a file's canonical text. */
export const TextRangeSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });
/** A {@link TextRangeSchema} value. */
export type TextRange = z.infer<typeof TextRangeSchema>;

/** Where a document's date came from, strongest first; `mtime` is a weak last resort. */
export const DateSourceSchema = z.enum([
  'sidecar',
  'meta',
  'frontmatter',
  'updated',
  'dateline',
  'entry',
  'text',
  'mtime',
  'none',
]);
/** A {@link DateSourceSchema} value. */
export type DateSource = z.infer<typeof DateSourceSchema>;

/** Kinds of site furniture kept in the text but excluded from search and entities. */
export const FurnitureKindSchema = z.enum([
  'caption',
  'gallery-counter',
  'related-links',
  'social',
  'footer',
  'headline-repeat',
  'byline',
  'metadata',
]);
/** A {@link FurnitureKindSchema} value. */
export type FurnitureKind = z.infer<typeof FurnitureKindSchema>;

/** A furniture range. */
export const BoilerplateSchema = TextRangeSchema.extend({ kind: FurnitureKindSchema });
/** A {@link BoilerplateSchema} value. */
export type Boilerplate = z.infer<typeof BoilerplateSchema>;

/** A live-blog entry: its range and its timestamp (ISO 8601 with offset when known). */
export const LiveEntrySchema = TextRangeSchema.extend({ timestamp: z.string(), label: z.string() });
/** A {@link LiveEntrySchema} value. */
export type LiveEntry = z.infer<typeof LiveEntrySchema>;

/** How the bytes of a file were decoded. */
export const EncodingInfoSchema = z.object({
  name: z.string(),
  confidence: z.number().min(0).max(1),
  source: z.enum(['bom', 'utf8', 'detected', 'override', 'container']),
  /** True when the guess is weak or bytes could not be decoded cleanly: the UI shows a badge. */
  flagged: z.boolean(),
});
/** A {@link EncodingInfoSchema} value. */
export type EncodingInfo = z.infer<typeof EncodingInfoSchema>;

/** Source formats the ingest understands. */
export const DocumentFormatSchema = z.enum(['txt', 'md', 'html', 'pdf', 'docx']);
/** A {@link DocumentFormatSchema} value. */
export type DocumentFormat = z.infer<typeof DocumentFormatSchema>;

/** One row of the library. */
export const DocumentSummarySchema = z.object({
  id: z.string(),
  path: z.string(),
  story: z.number().int().min(1),
  title: z.string(),
  date: z.string().nullable(),
  dateSource: DateSourceSchema,
  outlet: z.string(),
  dateline: z.string().nullable(),
  format: DocumentFormatSchema,
  annotationCount: z.number().int().min(0),
  duplicateGroup: z.string().nullable(),
  copies: z.number().int().min(1),
  /**
   * True when the file's encoding was a weak guess or did not decode cleanly (its EncodingInfo is
   * `flagged`): the library's "Flagged encoding" chip lists these for checking. Absent means false.
   */
  encodingFlagged: z.boolean().optional(),
});
/** A {@link DocumentSummarySchema} value. */
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

/** One document with its text: `text` is canonical.slice(start, end) of the file. */
export const DocumentDetailSchema = DocumentSummarySchema.extend({
  encoding: EncodingInfoSchema,
  contentHash: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string(),
  boilerplate: z.array(BoilerplateSchema),
  entries: z.array(LiveEntrySchema),
  splitReason: z.string().nullable(),
  /**
   * Set only when `text` is a part of the story (documents.get with `textFrom`/`textLength`): the whole
   * text's length, so a reader fetches the rest in parts. `text` then starts at `start + textFrom`.
   */
  textTotal: z.number().int().min(0).optional(),
});
/** A {@link DocumentDetailSchema} value. */
export type DocumentDetail = z.infer<typeof DocumentDetailSchema>;

/** Why a file was not indexed. */
export const SkipReasonSchema = z.enum([
  'binary',
  'empty',
  'too-large',
  'unsupported',
  'unreadable',
  'symlink-loop',
  'outside-root',
  'parse-error',
  'timeout',
  'zip-bomb',
  'changed',
  'cancelled',
  'name-clash',
  /** The file was listed by the walk but deleted before it could be read. */
  'deleted',
]);
/** A {@link SkipReasonSchema} value. */
export type SkipReason = z.infer<typeof SkipReasonSchema>;

/** A file the ingest did not turn into documents, with a reason a person can act on. */
export const SkippedFileSchema = z.object({ path: z.string(), reason: SkipReasonSchema, detail: z.string() });
/** A {@link SkippedFileSchema} value. */
export type SkippedFile = z.infer<typeof SkippedFileSchema>;

/** The outcome of indexing a folder (the CLI's `index --json` shape). */
export const IngestReportSchema = z.object({
  documents: z.number().int().min(0),
  files: z.object({ indexed: z.number().int().min(0), skipped: z.array(SkippedFileSchema) }),
  ms: z.number().min(0),
  /** True when the analyst cancelled the scan: files not reached are listed as `cancelled`. */
  cancelled: z.boolean().optional(),
});
/** A {@link IngestReportSchema} value. */
export type IngestReport = z.infer<typeof IngestReportSchema>;
