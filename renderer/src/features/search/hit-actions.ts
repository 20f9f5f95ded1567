import type { SearchHit } from '../../../../shared/model/search';

/** Hits fetched per request when gathering every hit of a query (the contract's page maximum). */
export const GATHER_PAGE = 1000;
/** Most passages one bulk tag may create (the `annotations.createMany` limit). */
export const MAX_TAG_PASSAGES = 20_000;

/** One passage to tag: a hit range, in its file's canonical text. */
export interface HitRange {
  docId: string;
  start: number;
  end: number;
}

/** Every passage of the chosen hits, and how many documents they are in. */
export interface GatheredHits {
  ranges: HitRange[];
  documents: number;
  /** Document ids, in rank order. */
  ids: string[];
}

/**
 * Fetches every hit of a query, page by page, keeping the documents `keep` accepts. `fetchPage` is the
 * search call; paging ends when a page comes back empty, the total is reached, or `limit` documents
 * were kept (an explicit list of checked documents is complete once all are found).
 */
export async function gatherHits(
  fetchPage: (offset: number, limit: number) => Promise<{ total: number; hits: SearchHit[] }>,
  keep: (id: string) => boolean,
  limit: number | null,
): Promise<GatheredHits> {
  const out: GatheredHits = { ranges: [], documents: 0, ids: [] };
  for (let offset = 0; ; offset += GATHER_PAGE) {
    const page = await fetchPage(offset, GATHER_PAGE);
    for (const h of page.hits) {
      if (!keep(h.id)) continue;
      out.ids.push(h.id);
      if (h.matches.length > 0) out.documents++;
      for (const [start, end] of h.matches) if (end > start) out.ranges.push({ docId: h.id, start, end });
    }
    if (page.hits.length === 0 || offset + page.hits.length >= page.total) return out;
    if (limit !== null && out.ids.length >= limit) return out;
  }
}

/** The query and its filter chips as one query string (what the export dialog's query filter takes). */
export function combinedQuery(query: string, filters: readonly string[]): string {
  const q = query.trim();
  if (!q) return filters.join(' ');
  return filters.length ? [`(${q})`, ...filters].join(' ') : q;
}

/**
 * The next history position for ↑ (`delta` 1, older) or ↓ (-1, newer): -1 is the analyst's own draft,
 * 0 the newest query. Stops at both ends rather than wrapping, as shells do.
 */
export function stepHistory(length: number, cursor: number, delta: 1 | -1): number {
  return Math.max(-1, Math.min(length - 1, cursor + delta));
}

/** "1 passage" / "1,234 passages". */
export function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}
