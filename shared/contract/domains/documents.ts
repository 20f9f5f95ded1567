import { z } from 'zod';
import { DocumentDetailSchema, DocumentSummarySchema } from '../../model/document';
import { method } from '../spec';

/** The library and the reader. */
export const documentMethods = {
  'documents.list': method(
    'The documents (stories) of the open folder, in path order: all of them, or the page `offset`..`offset + limit` (a 100k-document library is fetched in pages so no single reply holds the services thread; a page shorter than `limit` is the last).',
    z.object({
      offset: z.number().int().min(0).optional(),
      limit: z.number().int().min(1).max(100_000).optional(),
    }),
    z.array(DocumentSummarySchema),
  ),
  'documents.get': method(
    'One document with its canonical text slice, furniture ranges and live-blog entries.',
    z.object({ id: z.string().min(1).max(4096) }),
    DocumentDetailSchema,
  ),
};
