import type { SearchResult, SearchStatus } from '../../../shared/model/search';
import type { Progress } from '../../../shared/model/workspace';
import { documentId } from '../../../shared/model/ids';
import type { ParsedFile } from '../ingest/types';
import type { FilesChange, Workspace } from '../workspace/workspace';
import { SearchCorpus, type DocSet } from './corpus';
import { docsOfFile, indexInput, type IndexInput } from './docs';
import { evaluate, indexLeaves, REGEX_SCAN_BUDGET, type EvalContext } from './evaluate';
import type { FieldProviderRegistry } from './field-providers';
import type { QueryNode } from './query/ast';
import { explain } from './query/explain';
import { parseQuery } from './query/parse';
import { facets, highlightPlan, page, rank } from './results';
import { QueryPool, type ShardInfo } from './query-pool';
import {
  addKey,
  emptySum,
  fileKey,
  pathHash,
  sumFingerprint,
  type FileKey,
  type ShardSum,
} from './fingerprint';
import { INDEX_VERSION, ShardCache, type SavedWords } from './shard-cache';

/** Documents per shard we aim for: small enough to rebuild in about a second, large enough to stay few. */
export const TARGET_SHARD_DOCS = 2500;

/** Options of one workspace's search service. */
export interface SearchServiceOptions {
  cacheDir: string | null;
  providers: FieldProviderRegistry;
  onProgress?: (p: Progress) => void;
  pool?: QueryPool;
}

/** Parameters of one query. */
export interface QueryParams {
  query: string;
  filters?: string[] | undefined;
  offset?: number | undefined;
  limit?: number | undefined;
}

/**
 * Search over one open workspace: shards built, held and queried in worker threads (the query pool),
 * persisted, refreshed per changed file. This thread keeps document metadata, merges the workers'
 * answers, ranks the shown page and counts facets.
 */
export class SearchService {
  readonly corpus = new SearchCorpus();
  /** Shard builds finished since start (cache loads not counted): tests check that a change rebuilds one. */
  builds = 0;
  private readonly pool: QueryPool;
  private readonly ownPool: boolean;
  private readonly cache: ShardCache | null;
  private fingerprints = new Map<number, string>();
  /** Running fingerprint of each shard, and the key each file added to it (see fingerprint.ts). */
  private readonly sums = new Map<number, ShardSum>();
  private readonly fileKeys = new Map<string, FileKey>();
  /** True while the saved words are being added to the vocabulary: answers meanwhile are partial. */
  private wordsPending = false;
  /** True when the vocabulary has words the words file lacks (it is then written with the manifest). */
  private wordsDirty = true;
  private wordsFile: string | null = null;
  private generation = new Map<number, number>();
  private pending = new Set<Promise<void>>();
  private fromCache = 0;
  /** False until start() has placed every document in a shard: answers before that are partial. */
  private planned = false;
  private manifestWrite: Promise<void> = Promise.resolve();
  private closed = false;
  private unsubscribe: () => void = () => undefined;

  constructor(
    private readonly workspace: Workspace,
    private readonly options: SearchServiceOptions,
  ) {
    this.ownPool = !options.pool;
    this.pool = options.pool ?? new QueryPool();
    this.cache = options.cacheDir ? new ShardCache(options.cacheDir) : null;
    // A damaged cache file found on a term's first use: its worker dropped the shard; build it again.
    this.pool.onCorrupt = (id, gen, why) => this.onCorrupt(id, gen, why);
    // A crashed worker loses its shards: load or build them again (answers are partial meanwhile).
    this.pool.onLost = (worker) => {
      for (const id of this.corpus.shardDocs.keys())
        if (this.pool.ownerOf(id) === worker) {
          this.corpus.uninstall(id);
          void this.ensure(id, this.fingerprints.get(id) ?? null).catch((e: unknown) =>
            this.report('search: reloading a shard failed:', e),
          );
        }
    };
  }

  /** Loads or builds every shard (returns when all are searchable); later changes rebuild one shard. */
  async start(): Promise<void> {
    // Changes announced from now on are queued and applied once every file of this list is in (the
    // list and the subscription are taken together, so no change falls between them).
    let queued: FilesChange[] | null = [];
    this.unsubscribe = this.workspace.onFilesChanged((c) => (queued ? queued.push(c) : this.onChanged(c)));
    const files = [...this.workspace.files.values()];
    let docs = 0;
    for (const f of files) docs += f.stories.length;
    const cache = this.cache;
    const manifest = cache ? await cache.manifest() : null;
    // With the saved vocabulary, loads skip every shard's words (most of a worker's load time).
    const saved: SavedWords | null = cache && manifest?.words ? await cache.readWords(manifest.words) : null;
    this.wordsDirty = !saved;
    if (saved) this.wordsPending = true;
    const fresh = Math.max(1, 2 ** Math.ceil(Math.log2(Math.max(1, docs / TARGET_SHARD_DOCS))));
    const reuse = manifest && docs / manifest.shardCount >= 200 && docs / manifest.shardCount <= 5000;
    this.corpus.shardCount = reuse ? manifest.shardCount : fresh;
    for (let i = 0; i < this.corpus.shardCount; i++) {
      this.corpus.shardDocs.set(i, []);
      this.sums.set(i, emptySum());
    }
    // The workers read and check the listed shard files while documents are added here (the two
    // overlap); each is installed only once its fingerprint is known to match (see ensure).
    const early = new Map<number, EarlyLoad>();
    if (reuse && cache)
      for (let id = 0; id < this.corpus.shardCount; id++) {
        const listed = manifest.shards[String(id)];
        if (!listed) continue;
        const gen = this.nextGen(id);
        const result = this.pool.load(id, gen, cache.file(id, listed), !saved).then(
          (info) => ({ info }),
          (error: unknown) => ({ error }),
        );
        early.set(id, { gen, result });
      }
    const ids = [...this.corpus.shardDocs.keys()];
    let done = 0;
    const report = () =>
      this.options.onProgress?.({
        phase: done < ids.length ? 'index' : 'done',
        done,
        total: ids.length,
        current: null,
      });
    report();
    // Files are added in slices (100k files take the services thread a few hundred ms), shard by
    // shard: once a shard's files are in, its fingerprint is final and it is
    // loaded (or built) at once, so a reopen answers — partially — after its first shard, not its last.
    const buckets = ids.map((): ParsedFile[] => []);
    for (let i = 0; i < files.length; i++) {
      const f = files[i] as ParsedFile;
      buckets[this.shardOf(f.relPath)]?.push(f);
      for (let n = 1; n <= f.stories.length; n++) this.corpus.reserve(documentId(f.relPath, n));
      if (i % 5000 === 4999) await yieldToEvents();
    }
    const jobs: Promise<void>[] = [];
    let added = 0;
    for (const id of ids) {
      for (const f of buckets[id] ?? []) {
        this.addFile(f);
        if (++added % 2000 === 0) await yieldToEvents();
      }
      this.fingerprints.set(id, this.fingerprintOf(id));
      jobs.push(
        this.ensure(id, manifest?.shards[String(id)] ?? null, !saved, early.get(id) ?? null).then(
          () => (done++, report()),
        ),
      );
    }
    // Changes that arrived meanwhile rebuild the shards they touch (a newer build wins over the load).
    const changes = queued;
    queued = null;
    for (const c of changes) this.onChanged(c);
    this.planned = true;
    if (saved) {
      // In slices, while the workers load: 200k words at 100k articles.
      const stemOf = new Map(saved.stems);
      for (let i = 0; i < saved.words.length; i += WORD_SLICE) {
        await yieldToEvents();
        const words = saved.words.slice(i, i + WORD_SLICE);
        this.corpus.vocab.add(
          words,
          words.map((w) => stemOf.get(w) ?? ''),
        );
      }
      this.wordsFile = manifest?.words ?? null;
      this.wordsPending = false;
    }
    await Promise.all(jobs);
    await this.saveManifest();
  }

  /** Writes the manifest; writes are chained so two rebuilds never race on the same file. */
  private saveManifest(): Promise<void> {
    const cache = this.cache;
    if (!cache) return Promise.resolve();
    const previous = this.manifestWrite;
    this.manifestWrite = this.workspace.writes
      .run(async () => {
        await previous;
        // The words file first: a manifest must never name shards whose words the file lacks.
        if (this.wordsDirty || !this.wordsFile) {
          this.wordsDirty = false;
          try {
            this.wordsFile = await cache.writeWords(this.corpus.vocab.snapshot());
          } catch (e) {
            this.wordsDirty = true;
            throw e;
          }
        }
        await cache.writeManifest(this.corpus.shardCount, new Map(this.fingerprints), this.wordsFile);
      })
      .then(
        () => undefined,
        (e: unknown) => console.warn('search: cannot write the index manifest:', e),
      );
    return this.manifestWrite;
  }

  /** Resolves once no shard is building. */
  async settled(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }

  /**
   * Stops the workers (when the workspace closes): builds under way fail, so no new cache write starts;
   * the workspace waits for the writes already begun.
   */
  async close(): Promise<void> {
    this.closed = true;
    this.unsubscribe();
    if (this.ownPool) await this.pool.close();
  }

  /** Logs a failed background job, unless it failed because the folder closed (its workers stopped). */
  private report(what: string, e: unknown): void {
    if (!this.closed) console.error(what, e);
  }

  /** True once {@link close} was called: a build that failed because of it is no error. */
  get isClosed(): boolean {
    return this.closed;
  }

  /** Index state for the progress bar. */
  status(): SearchStatus {
    return {
      documents: this.corpus.docs.size,
      shards: { ready: this.corpus.installedCount(), total: this.corpus.shardDocs.size },
      building: this.pending.size > 0,
      fromCache: this.fromCache,
    };
  }

  /** Runs a query (plus filter chips) and returns one page, facets over all matches, and explain. */
  async query(params: QueryParams): Promise<SearchResult> {
    const started = performance.now();
    const node = combine(
      parseQuery(params.query),
      (params.filters ?? []).map((f) => parseQuery(f)),
    );
    const nothing = node.type === 'all' && !params.query.trim() && !(params.filters ?? []).length;
    const providers = this.options.providers;
    // One round trip: the workers answer every index-backed clause over the shards they hold.
    const { leaves, owner } = nothing ? { leaves: [], owner: [] } : indexLeaves(this.corpus, providers, node);
    const parts = await this.pool.query(leaves);
    const answers = new Map<QueryNode, DocSet[]>();
    parts.forEach((p, i) => {
      const key = owner[i] as QueryNode;
      const list = answers.get(key) ?? [];
      list.push(this.corpus.fromParts(p));
      answers.set(key, list);
    });
    const ctx: EvalContext = {
      corpus: this.corpus,
      providers,
      notes: [],
      regexBudget: REGEX_SCAN_BUDGET,
      truncated: false,
      answers,
    };
    const set = nothing ? this.corpus.empty() : evaluate(ctx, node, null);
    const offset = Math.max(0, params.offset ?? 0);
    const limit = Math.max(0, params.limit ?? 50);
    const { total, top } = rank(this.corpus, set, offset + limit);
    const plan = highlightPlan(node, this.corpus, providers);
    const ex = explain(node, (f, v) => providers.field(f as 'entity')?.describe?.(v) ?? null);
    const result = {
      total,
      partial: !this.planned || this.wordsPending || this.corpus.partial() || ctx.truncated,
      shards: { ready: this.corpus.installedCount(), total: this.corpus.shardDocs.size },
      hits: page(this.corpus, top.slice(offset), set, plan),
      facets: facets(this.corpus, set, providers),
      explain: { text: ex.text, notes: [...ex.notes, ...ctx.notes] },
    };
    this.corpus.recycle();
    return { ...result, ms: Math.round((performance.now() - started) * 10) / 10 };
  }

  private addFile(f: ParsedFile): void {
    const shard = this.shardOf(f.relPath);
    const key = fileKey(f);
    this.fileKeys.set(f.relPath, key);
    const sum = this.sums.get(shard);
    if (sum) addKey(sum, key, 1);
    this.corpus.texts.set(f.relPath, f.text);
    for (const d of docsOfFile(f)) {
      this.corpus.addDoc(d);
      this.corpus.shardDocs.get(shard)?.push(d.id);
    }
  }

  private removeFile(relPath: string): void {
    const shard = this.shardOf(relPath);
    const key = this.fileKeys.get(relPath);
    const sum = this.sums.get(shard);
    if (key && sum) addKey(sum, key, -1);
    this.fileKeys.delete(relPath);
    const list = this.corpus.shardDocs.get(shard) ?? [];
    const keep = list.filter((id) => this.corpus.docs.get(id)?.path !== relPath);
    for (const id of list) if (this.corpus.docs.get(id)?.path === relPath) this.corpus.removeDoc(id);
    this.corpus.shardDocs.set(shard, keep);
    this.corpus.texts.delete(relPath);
  }

  private onChanged(change: FilesChange): void {
    for (const id of this.applyChange(change)) {
      this.fingerprints.set(id, this.fingerprintOf(id));
      const job = this.rebuild(id)
        .then(() => this.saveManifest())
        .catch((e: unknown) => this.report('search: shard rebuild failed:', e));
      const tracked: Promise<void> = job.finally(() => this.pending.delete(tracked));
      this.pending.add(tracked);
    }
  }

  /** Updates documents for a change; returns the shards it touched. */
  private applyChange(change: FilesChange): Set<number> {
    const touched = new Set<number>();
    for (const p of [...change.removed, ...change.changed]) {
      this.removeFile(p);
      touched.add(this.shardOf(p));
    }
    for (const p of [...change.added, ...change.changed]) {
      const f = this.workspace.files.get(p);
      if (f) this.addFile(f);
      touched.add(this.shardOf(p));
    }
    return touched;
  }

  /**
   * Makes shard `id` answerable: loads it from the cache when the manifest lists this fingerprint (the
   * worker reads and checks the file; `early` is that load if start() already sent it), else builds it.
   * A missing or unreadable file is rebuilt.
   */
  private async ensure(
    id: number,
    listed: string | null = null,
    words = true,
    early: EarlyLoad | null = null,
  ): Promise<void> {
    const fp = this.fingerprints.get(id) ?? this.fingerprintOf(id);
    const cache = this.cache;
    if (cache && listed === fp) {
      const gen = early?.gen ?? this.nextGen(id);
      const r = await (early?.result ??
        this.pool.load(id, gen, cache.file(id, fp), words).then(
          (info) => ({ info }),
          (error: unknown) => ({ error }),
        ));
      if ('error' in r) {
        // Closing stops the workers: the load failed because of it, and the file is fine.
        if (this.closed) return;
        const e = r.error;
        console.warn(
          `search: cached shard ${id} is unreadable (${e instanceof Error ? e.message : String(e)}); rebuilding it`,
        );
        await this.workspace.writes.run(() => cache.discard(id, fp));
      } else if (r.info) {
        this.install(id, gen, r.info);
        this.fromCache++;
        return;
      }
    } else if (early) {
      // A stale file loaded early: not installed, but its words count (its worker will not send them
      // again); the build below replaces it in the worker.
      void early.result.then((r) => {
        if ('info' in r && r.info) this.addWords(r.info);
      });
    }
    await this.rebuild(id);
  }

  private nextGen(id: number): number {
    const gen = (this.generation.get(id) ?? 0) + 1;
    this.generation.set(id, gen);
    return gen;
  }

  /** Records a worker's shard unless a newer build of it is already installed. */
  private install(id: number, gen: number, info: ShardInfo): void {
    // Words always count: a worker sends each word once, even for a build that lost the race.
    this.addWords(info);
    if ((this.corpus.installedGen(id) ?? 0) > gen) return;
    this.corpus.install(id, gen, info.refs);
  }

  private addWords(info: ShardInfo): void {
    const known = this.corpus.vocab.size;
    this.corpus.vocab.add(info.vocab, info.vocabStems);
    if (this.corpus.vocab.size !== known) this.wordsDirty = true;
  }

  /** Builds shard `id` in its worker; the newest build of a shard wins over older ones. */
  private rebuild(id: number): Promise<void> {
    const gen = this.nextGen(id);
    const fp = this.fingerprints.get(id) ?? this.fingerprintOf(id);
    // Inputs are made when the worker is free, from the documents of that moment.
    // They are made over several turns (see QueryPool.build): a document removed meanwhile is skipped (a
    // newer build of this shard then follows and wins).
    const corpus = this.corpus;
    const inputs = function* (): Generator<IndexInput> {
      for (const docId of [...(corpus.shardDocs.get(id) ?? [])]) {
        const d = corpus.docs.get(docId);
        if (d) yield indexInput(d, corpus.texts.get(d.path) ?? '');
      }
    };
    const job = this.pool.build(id, gen, inputs).then(async (built) => {
      this.builds++;
      this.install(id, gen, built);
      const cache = this.cache;
      if (this.generation.get(id) !== gen || !cache) return;
      await this.workspace.writes
        .run(() => cache.store(id, fp, built.bytes))
        .catch((e: unknown) => console.warn(`search: cannot cache shard ${id}:`, e));
    });
    const tracked = job.finally(() => this.pending.delete(tracked));
    this.pending.add(tracked);
    return tracked;
  }

  /**
   * A shard whose cached postings failed their check while answering a query (its worker dropped it):
   * forgotten here at once (answers are partial until it is back), its file discarded and rebuilt.
   */
  private onCorrupt(id: number, gen: number, why: string): void {
    if (this.corpus.installedGen(id) !== gen) return;
    console.warn(`search: cached shard ${id} is damaged (${why}); rebuilding it`);
    this.corpus.uninstall(id);
    const fp = this.fingerprints.get(id);
    const cache = this.cache;
    const discarded =
      cache && fp ? this.workspace.writes.run(() => cache.discard(id, fp)) : Promise.resolve();
    const job = discarded
      .catch(() => undefined)
      .then(() => this.rebuild(id))
      .then(() => this.saveManifest())
      .catch((e: unknown) => this.report('search: shard rebuild failed:', e));
    const tracked: Promise<void> = job.finally(() => this.pending.delete(tracked));
    this.pending.add(tracked);
  }

  private shardOf(relPath: string): number {
    return pathHash(relPath) % this.corpus.shardCount;
  }

  private fingerprintOf(id: number): string {
    return sumFingerprint(INDEX_VERSION, this.sums.get(id) ?? emptySum());
  }
}

/** A shard load sent before its fingerprint is known (settled: it never rejects). */
interface EarlyLoad {
  gen: number;
  result: Promise<{ info: ShardInfo | null } | { error: unknown }>;
}

/** Saved words added to the vocabulary per turn of the event loop (about 10 ms each). */
const WORD_SLICE = 20_000;

function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function combine(query: QueryNode, filters: QueryNode[]): QueryNode {
  const parts = [query, ...filters].filter((n) => n.type !== 'all');
  if (parts.length === 0) return { type: 'all' };
  if (parts.length === 1) return parts[0] as QueryNode;
  return { type: 'and', children: parts };
}
