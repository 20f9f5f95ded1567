import { z } from 'zod';
import {
  CitationSchema,
  ExportOutputSchema,
  ExportPreviewSchema,
  ExportRequestSchema,
  ImportReportSchema,
} from '../../model/export';
import { method } from '../spec';

/**
 * What an import did (ADR 076): `created` counts every annotation made; `reanchored` lists those placed
 * by fuzzy matching because their passage was edited since export (the quote they now cover and the one
 * they were made with); `orphaned` lists those that could not be placed at all (they are also in
 * `skipped`, with every other item not created and why).
 */
export const ImportResultSchema = ImportReportSchema.extend({
  reanchored: z.array(
    z.object({
      item: z.string(),
      docId: z.string(),
      start: z.number().int().min(0),
      end: z.number().int().min(0),
      /** The anchoring service's normalised score (0–1) of the place chosen. */
      score: z.number().min(0).max(1),
      quote: z.string(),
      was: z.string(),
    }),
  ),
  orphaned: z.array(z.object({ item: z.string(), reason: z.string() })),
});
/** A {@link ImportResultSchema} value. */
export type ImportResult = z.infer<typeof ImportResultSchema>;

/** Exports of annotated excerpts with provenance, quick citations and imports (issue 9). */
export const exportMethods = {
  'export.preview': method(
    'What an export will write, for the dialog: the exact text of text formats (HTML as source for a sandboxed frame), the content of DOCX as Markdown and of .qdpx as its project.qde.',
    ExportRequestSchema,
    ExportPreviewSchema,
  ),
  'export.run': method(
    'Writes the selected annotations in one format; text formats as UTF-8, DOCX and .qdpx base64. The client saves it (download or save dialog).',
    ExportRequestSchema,
    ExportOutputSchema,
  ),
  'export.citation': method(
    'A formatted citation (Markdown and plain text) for the clipboard: of one annotation, or of a selected range [start, end) of a document (UTF-16 offsets into the file’s canonical text; an annotation covering exactly that range lends its tags and issue).',
    z.union([
      z.object({ annotationId: z.string().min(1).max(200) }),
      z.object({
        docId: z.string().min(1).max(4096),
        start: z.number().int().min(0),
        end: z.number().int().min(0),
      }),
    ]),
    CitationSchema,
  ),
  'export.import': method(
    'Re-creates annotations from a W3C JSON-LD export or a REFI-QDA .qdpx in the open folder, re-anchored to its files (fuzzily where a passage was edited since export); reports what it re-anchored, orphaned and skipped, and why.',
    z.object({
      format: z.enum(['jsonld', 'qdpx']),
      encoding: z.enum(['utf8', 'base64']),
      // 100 MB of bytes is ~134 MB of base64.
      content: z.string().max(140_000_000),
    }),
    ImportResultSchema,
  ),
};
