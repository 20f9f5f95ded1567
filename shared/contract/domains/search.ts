import { z } from 'zod';
import {
  ExplanationSchema,
  SavedSearchSchema,
  SearchQuerySchema,
  SearchResultSchema,
  SearchStatusSchema,
} from '../../model/search';
import { method } from '../spec';

/** Corpus search: queries, explain, index status, history and saved searches. */
export const searchMethods = {
  'search.query': method(
    'Runs a query (plus filter chips) over the open folder: one page of ranked hits with snippets and canonical-text matches, facets over all matches, and how the query was read. A malformed query fails with bad_query naming the position. `wait` waits for every shard (CLI); otherwise a partial answer comes from the shards built so far.',
    SearchQuerySchema.extend({ wait: z.boolean().default(false), record: z.boolean().default(false) }),
    SearchResultSchema,
  ),
  'search.explain': method(
    'How a query is read (without running it); bad_query for malformed input.',
    z.object({ query: z.string().max(4000) }),
    ExplanationSchema,
  ),
  'search.status': method(
    'Index state: documents, shards ready/total, whether building.',
    z.object({}),
    SearchStatusSchema,
  ),
  'search.history': method(
    'Recent queries of this folder (submitted with `record`), newest first, de-duplicated, at most 100; kept per user in the app data folder, not in the sidecar.',
    z.object({}),
    z.array(z.string()),
  ),
  'search.history.clear': method(
    'Forgets one query of the history, or all of it when `query` is absent; returns the history.',
    z.object({ query: z.string().max(4000).optional() }),
    z.array(z.string()),
  ),
  'search.saved.list': method(
    'Saved searches of the open folder (the sidecar collection `searches`), by name.',
    z.object({}),
    z.array(SavedSearchSchema),
  ),
  'search.saved.save': method(
    'Saves (or replaces by name) a search in the sidecar; returns the list.',
    z.object({
      name: z.string().min(1).max(200),
      query: z.string().max(4000),
      filters: z.array(z.string().max(1000)).max(50).default([]),
    }),
    z.array(SavedSearchSchema),
  ),
  'search.saved.rename': method(
    'Renames a saved search (names are unique ignoring case); conflict when the new name is taken. Returns the list.',
    z.object({ name: z.string().min(1).max(200), to: z.string().min(1).max(200) }),
    z.array(SavedSearchSchema),
  ),
  'search.saved.delete': method(
    'Deletes a saved search by name; returns the list.',
    z.object({ name: z.string().min(1).max(200) }),
    z.array(SavedSearchSchema),
  ),
};
