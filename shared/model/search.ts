import { z } from 'zod';

/** A [start, end) pair of UTF-16 offsets. */
export const RangePairSchema = z.tuple([z.number().int().min(0), z.number().int().min(0)]);

/** A KWIC snippet: text around hits, with every hit marked (offsets into `text`). */
export const SnippetSchema = z.object({
  text: z.string(),
  highlights: z.array(RangePairSchema),
  start: z.number().int().min(0),
});
/** A {@link SnippetSchema} value. */
export type Snippet = z.infer<typeof SnippetSchema>;

/** One search result (a document). `matches` are offsets into the file's canonical text. */
export const SearchHitSchema = z.object({
  id: z.string(),
  path: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  outlet: z.string(),
  score: z.number(),
  snippets: z.array(SnippetSchema),
  matches: z.array(RangePairSchema),
  /** Which entity aliases matched (entity: queries), empty otherwise. */
  aliases: z.array(z.string()),
});
/** A {@link SearchHitSchema} value. */
export type SearchHit = z.infer<typeof SearchHitSchema>;

/** Facet counts: value → number of matching documents. */
export const FacetsSchema = z.object({
  outlet: z.record(z.string(), z.number()),
  date: z.record(z.string(), z.number()),
  entity: z.record(z.string(), z.number()),
  tag: z.record(z.string(), z.number()),
  issue: z.record(z.string(), z.number()),
});
/** A {@link FacetsSchema} value. */
export type Facets = z.infer<typeof FacetsSchema>;

/** How a query was read. */
export const ExplanationSchema = z.object({ text: z.string(), notes: z.array(z.string()) });
/** A {@link ExplanationSchema} value. */
export type Explanation = z.infer<typeof ExplanationSchema>;

/** Parameters of search.query: `filters` are extra clauses (facet chips) ANDed with the query. */
export const SearchQuerySchema = z.object({
  query: z.string().max(4000),
  filters: z.array(z.string().max(1000)).max(50).default([]),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(0).max(1000).default(50),
});

/** The answer to a query: total, one page of hits, facets over all matches. */
export const SearchResultSchema = z.object({
  total: z.number().int().min(0),
  ms: z.number(),
  /** True while some shards are still building or loading (or a regex scan stopped early). */
  partial: z.boolean(),
  shards: z.object({ ready: z.number().int().min(0), total: z.number().int().min(0) }),
  hits: z.array(SearchHitSchema),
  facets: FacetsSchema,
  explain: ExplanationSchema,
});
/** A {@link SearchResultSchema} value. */
export type SearchResult = z.infer<typeof SearchResultSchema>;

/** A named saved search. */
export const SavedSearchSchema = z.object({
  name: z.string().min(1).max(200),
  query: z.string().max(4000),
  filters: z.array(z.string()).default([]),
  savedAt: z.string(),
});
/** A {@link SavedSearchSchema} value. */
export type SavedSearch = z.infer<typeof SavedSearchSchema>;

/** Index state for a progress bar. */
export const SearchStatusSchema = z.object({
  documents: z.number().int().min(0),
  shards: z.object({ ready: z.number().int().min(0), total: z.number().int().min(0) }),
  building: z.boolean(),
  /** Shards loaded from the cache rather than rebuilt, since the folder was opened. */
  fromCache: z.number().int().min(0),
});
/** A {@link SearchStatusSchema} value. */
export type SearchStatus = z.infer<typeof SearchStatusSchema>;
