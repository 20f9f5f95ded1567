import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { isErrnoException } from '../errors';
import { writeFileAtomic } from '../fs/atomic-write';
import type { Session } from '../session';
import { folderKey } from '../sidecar/location';

/** Queries kept per folder: enough to find last week's query with ↑, small enough to write on every Enter. */
export const HISTORY_MAX = 100;

const HistoryFileSchema = z.object({
  version: z.literal(1),
  folder: z.string(),
  queries: z.array(z.string()),
});

/** How two queries compare in history: surrounding space and runs of spaces do not make a new entry. */
export function normalizeQuery(query: string): string {
  return query.trim().replace(/\s+/g, ' ');
}

/**
 * One folder's search history, newest first, in the app data folder (ADR 033: it is the analyst's own
 * trail, not project data, so it stays out of the sidecar and out of evidence folders). Writes are
 * serialised and atomic; an unreadable file starts an empty history, since it holds nothing irreplaceable.
 */
export class SearchHistory {
  private queries: string[] | null = null;
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    readonly file: string,
    private readonly folder: string,
  ) {}

  /** Queries, newest first (after any record or clear already under way). */
  list(): Promise<string[]> {
    return this.serial(async () => [...(await this.load())]);
  }

  /** Moves `query` to the front (adding it once), keeps {@link HISTORY_MAX}, saves; returns the list. */
  record(query: string): Promise<string[]> {
    const q = normalizeQuery(query);
    return this.serial(async () => {
      const list = await this.load();
      if (!q) return [...list];
      const next = [q, ...list.filter((x) => x !== q)].slice(0, HISTORY_MAX);
      await this.write(next);
      return [...next];
    });
  }

  /** Removes one query, or every query when `query` is undefined; returns the list. */
  clear(query?: string): Promise<string[]> {
    return this.serial(async () => {
      const list = await this.load();
      if (query === undefined) {
        this.queries = [];
        await rm(this.file, { force: true });
        return [];
      }
      const q = normalizeQuery(query);
      const next = list.filter((x) => x !== q);
      if (next.length !== list.length) await this.write(next);
      return [...next];
    });
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.chain.catch(() => undefined).then(task);
    this.chain = run;
    return run;
  }

  private async load(): Promise<string[]> {
    if (this.queries) return this.queries;
    try {
      const parsed = HistoryFileSchema.safeParse(JSON.parse(await readFile(this.file, 'utf8')));
      this.queries = parsed.success ? parsed.data.queries.slice(0, HISTORY_MAX) : [];
    } catch (e) {
      if (!(isErrnoException(e) && e.code === 'ENOENT'))
        console.error(`search: history ${this.file} is unreadable; starting a new one:`, e);
      this.queries = [];
    }
    return this.queries;
  }

  private async write(queries: string[]): Promise<void> {
    this.queries = queries;
    await mkdir(path.dirname(this.file), { recursive: true });
    const text = JSON.stringify({ version: 1, folder: this.folder, queries }, null, 2);
    await writeFileAtomic(this.file, `${text}\n`);
  }
}

/** Where a folder's history lives: `<data>/search-history/<folder key>.json`. */
export function historyFile(dataDir: string, root: string): string {
  return path.join(dataDir, 'search-history', `${folderKey(root)}.json`);
}

// Keyed by file, not workspace: re-opening the same folder in this process shares one writer.
const histories = new Map<string, SearchHistory>();

/** The history of the session's open folder. */
export function historyFor(session: Session): SearchHistory {
  const root = session.workspace().root;
  const file = historyFile(session.options.dataDir, root);
  let h = histories.get(file);
  if (!h) {
    h = new SearchHistory(file, root);
    histories.set(file, h);
  }
  return h;
}

/** Records a query the analyst submitted; a failure to save history never fails the search. */
export async function recordSearch(session: Session, query: string): Promise<void> {
  await historyFor(session)
    .record(query)
    .catch((e: unknown) => console.error('search: could not save the search history:', e));
}

/** Handlers of the history methods (spread into the search handlers). */
export function historyHandlers(session: Session) {
  return {
    'search.history': () => historyFor(session).list(),
    'search.history.clear': ({ query }: { query?: string | undefined }) => historyFor(session).clear(query),
  };
}
