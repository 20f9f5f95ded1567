import { z } from 'zod';
import {
  CitationSchema,
  ExportOutputSchema,
  ExportPreviewSchema,
  ExportRequestSchema,
  ImportReportSchema,
} from '../../model/export';
import { method } from '../spec';

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
    'Re-creates annotations from a W3C JSON-LD export or a REFI-QDA .qdpx in the open folder, re-anchored to its files; reports what it skipped and why.',
    z.object({
      format: z.enum(['jsonld', 'qdpx']),
      encoding: z.enum(['utf8', 'base64']),
      // 100 MB of bytes is ~134 MB of base64.
      content: z.string().max(140_000_000),
    }),
    ImportReportSchema,
  ),
};
