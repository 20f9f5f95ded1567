import { z } from 'zod';
import { EXPORT_FORMATS } from './values';
import {
  AnchorStateSchema,
  EntityTypeSchema,
  IssueStanceSchema,
  TextPositionSelectorSchema,
  TextQuoteSelectorSchema,
  type AnchorState,
  type EntityType,
  type IssueStance,
  type TextPositionSelector,
  type TextQuoteSelector,
} from './annotation';
import { DateSourceSchema } from './document';

/**
 * Export of annotated excerpts (issue 9). An {@link Excerpt} is one annotation with every provenance
 * field a reader of the brief needs to find the passage again. Every offset is a UTF-16 code-unit
 * offset into the canonical text of the whole file (shared/text/canonical.ts), never into a story slice.
 */

/** Stances an annotation may take on an unresolved issue (issue 8); one list, kept in annotation.ts. */
export const StanceSchema = IssueStanceSchema;
/** A {@link StanceSchema} value. */
export type Stance = IssueStance;

/** Entity kinds (issue 7). */
export const EntityKindSchema = EntityTypeSchema;
/** A {@link EntityKindSchema} value. */
export type EntityKind = EntityType;

/** Anchoring states of an annotation (issue 6); exported as-is so orphans are never passed off as placed. */
export const ExcerptStateSchema = AnchorStateSchema;
/** A {@link ExcerptStateSchema} value. */
export type ExcerptState = AnchorState;

export { TextPositionSelectorSchema, TextQuoteSelectorSchema };
export type { TextPositionSelector, TextQuoteSelector };

/** The document an excerpt comes from, as the library shows it. */
export const ExcerptSourceSchema = z.object({
  /** Document id: relative path plus `#n` for story n > 1. */
  id: z.string(),
  /** Path of the file relative to the folder root, `/` separators. */
  path: z.string(),
  story: z.number().int().min(1),
  title: z.string(),
  outlet: z.string(),
  /** ISO date (or date-time) of the story, null when unknown. */
  date: z.string().nullable(),
  dateSource: DateSourceSchema,
});
/** A {@link ExcerptSourceSchema} value. */
export type ExcerptSource = z.infer<typeof ExcerptSourceSchema>;

/** One annotated excerpt with full provenance (issue 9, item 2). */
export const ExcerptSchema = z.object({
  /** The annotation's id. */
  id: z.string(),
  quote: z.string(),
  /** Text around the quote (as much as the request asked for), null when context was not requested. */
  context: z.object({ before: z.string(), after: z.string() }).nullable(),
  note: z.string().nullable(),
  tags: z.array(z.string()),
  color: z.string().nullable(),
  entity: z.object({ name: z.string(), type: EntityKindSchema }).nullable(),
  issue: z.object({ title: z.string(), stance: StanceSchema.nullable() }).nullable(),
  state: ExcerptStateSchema,
  source: ExcerptSourceSchema,
  /** The live-blog entry the quote sits in, when it sits in one. */
  entry: z.object({ timestamp: z.string(), label: z.string() }).nullable(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  selectors: z.tuple([TextQuoteSelectorSchema, TextPositionSelectorSchema]),
  /** sha256 (hex) of the file's canonical text when the annotation was anchored. */
  contentHash: z.string(),
  /** `dossier://open?folder=…&doc=…&start=…&end=…`: re-opens the passage in the app. */
  link: z.string(),
  created: z.string().nullable(),
});
/** A {@link ExcerptSchema} value. */
export type Excerpt = z.infer<typeof ExcerptSchema>;

/** Output formats. */
export const ExportFormatSchema = z.enum(EXPORT_FORMATS);
/** A {@link ExportFormatSchema} value. */
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

/** Formats whose bytes are not text: they travel base64-encoded and never go to a terminal. */
export const BINARY_FORMATS: readonly ExportFormat[] = ['docx', 'qdpx'];

/** How excerpts are grouped under headings. */
export const GroupBySchema = z.enum(['none', 'issue', 'entity', 'document', 'date']);
/** A {@link GroupBySchema} value. */
export type GroupBy = z.infer<typeof GroupBySchema>;

/** Order of excerpts inside a group: by document date, or by position within each document. */
export const SortBySchema = z.enum(['date', 'position']);
/** A {@link SortBySchema} value. */
export type SortBy = z.infer<typeof SortBySchema>;

const names = z.array(z.string().max(500)).max(200);

/** Which annotations go into an export; empty lists mean "no restriction". Every given filter must match. */
export const ExportFilterSchema = z.object({
  tags: names.default([]),
  colors: names.default([]),
  entities: names.default([]),
  issues: names.default([]),
  stances: z.array(StanceSchema).default([]),
  /** Document ids (a whole file's id also selects its other stories). */
  documents: z.array(z.string().max(4096)).max(10_000).default([]),
  /** Inclusive bounds on the document date, `YYYY-MM-DD`; undated documents are excluded when set. */
  dateFrom: z.string().max(40).nullable().default(null),
  dateTo: z.string().max(40).nullable().default(null),
  states: z.array(ExcerptStateSchema).default([]),
  /** A search query: only annotations overlapping a hit (or whose text matches when search is absent). */
  query: z.string().max(2000).nullable().default(null),
});
/** A {@link ExportFilterSchema} value (after defaults). */
export type ExportFilter = z.infer<typeof ExportFilterSchema>;

/** Everything that decides what an export writes. */
export const ExportRequestSchema = z.object({
  format: ExportFormatSchema,
  filter: ExportFilterSchema.default(ExportFilterSchema.parse({})),
  groupBy: GroupBySchema.default('none'),
  sortBy: SortBySchema.default('date'),
  /** Characters of surrounding text to include as context (0 = none). */
  context: z.number().int().min(0).max(2000).default(0),
  /** Title of the brief; defaults to the folder's name. */
  title: z.string().max(500).nullable().default(null),
});
/** A {@link ExportRequestSchema} value (after defaults). */
export type ExportRequest = z.infer<typeof ExportRequestSchema>;
/** A request as callers may write it (defaults omitted). */
export type ExportRequestInput = z.input<typeof ExportRequestSchema>;

/** One written export: text formats as UTF-8 text, binary formats base64. */
export const ExportOutputSchema = z.object({
  format: ExportFormatSchema,
  filename: z.string(),
  mime: z.string(),
  encoding: z.enum(['utf8', 'base64']),
  content: z.string(),
  count: z.number().int().min(0),
});
/** A {@link ExportOutputSchema} value. */
export type ExportOutput = z.infer<typeof ExportOutputSchema>;

/** A formatted citation of one excerpt, for the clipboard. */
export const CitationSchema = z.object({ markdown: z.string(), text: z.string() });
/** A {@link CitationSchema} value. */
export type Citation = z.infer<typeof CitationSchema>;

/** What an import did: how many annotations it created and why the others were not. */
export const ImportReportSchema = z.object({
  format: z.enum(['jsonld', 'qdpx']),
  created: z.number().int().min(0),
  skipped: z.array(z.object({ item: z.string(), reason: z.string() })),
});
/** A {@link ImportReportSchema} value. */
export type ImportReport = z.infer<typeof ImportReportSchema>;

/** The metadata every writer needs besides the excerpts. */
export interface ExportMeta {
  title: string;
  /** The folder's name (never its absolute path: briefs travel). */
  folder: string;
  /** ISO time of the export; tests pin it so golden files stay stable. */
  generated: string;
  groupBy: GroupBy;
  sortBy: SortBy;
  /** Dossier version that wrote the file. */
  version: string;
}

/** What the export dialog previews: exactly the text that will be written, or for binary formats a faithful stand-in. */
export const ExportPreviewSchema = z.object({
  format: ExportFormatSchema,
  filename: z.string(),
  count: z.number().int().min(0),
  /** `text`: shown verbatim; `html`: shown in a sandboxed frame; `outline`: the content of a binary file. */
  kind: z.enum(['text', 'html', 'outline']),
  content: z.string(),
  /** True when the preview stopped early (the written file has everything). */
  truncated: z.boolean(),
});
/** A {@link ExportPreviewSchema} value. */
export type ExportPreview = z.infer<typeof ExportPreviewSchema>;
