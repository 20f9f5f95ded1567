import { z } from 'zod';
import { DocumentDetailSchema, DocumentSummarySchema } from '../../model/document';
import { method } from '../spec';

/** Scan control, copies of a story, and the per-file encoding override. */
export const ingestMethods = {
  'workspace.cancel': method(
    'Cancel the folder scan in progress: files not yet read are reported as `cancelled`. False when no scan runs.',
    z.object({}),
    z.object({ cancelled: z.boolean() }),
  ),
  'documents.copies': method(
    'The near-duplicate copies of a document (syndicated copies, re-saves), original first, itself included.',
    z.object({ id: z.string().min(1).max(4096) }),
    z.array(DocumentSummarySchema),
  ),
  'documents.encodings': method(
    'Encodings the analyst can choose when a file was decoded wrongly.',
    z.object({}),
    z.array(z.string()),
  ),
  'documents.setEncoding': method(
    'Re-decode a file with the chosen encoding (null returns to detection); the choice is saved in the sidecar folder and annotations re-anchor. Returns the document again.',
    z.object({ id: z.string().min(1).max(4096), encoding: z.string().min(1).max(40).nullable() }),
    DocumentDetailSchema,
  ),
};
