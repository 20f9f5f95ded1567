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
    'One document with its canonical text slice, furniture ranges and live-blog entries. With `textFrom`/`textLength` the reply carries only that part of the text (UTF-16 units from the story start) and `textTotal`, so a 45 MB story is fetched in parts instead of one reply that holds both sides for a second.',
    z.object({
      id: z.string().min(1).max(4096),
      textFrom: z.number().int().min(0).optional(),
      textLength: z.number().int().min(1).optional(),
    }),
    DocumentDetailSchema,
  ),
};
