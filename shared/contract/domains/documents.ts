import { z } from 'zod';
import { DocumentDetailSchema, DocumentSummarySchema } from '../../model/document';
import { method } from '../spec';

/** The library and the reader. */
export const documentMethods = {
  'documents.list': method(
    'Every document (story) of the open folder, in path order.',
    z.object({}),
    z.array(DocumentSummarySchema),
  ),
  'documents.get': method(
    'One document with its canonical text slice, furniture ranges and live-blog entries.',
    z.object({ id: z.string().min(1).max(4096) }),
    DocumentDetailSchema,
  ),
};
