import { createHash } from 'node:crypto';
import type { SearchResult, SearchStatus } from '../../../shared/model/search';
import type { Progress } from '../../../shared/model/workspace';
import type { ParsedFile } from '../ingest/types';
import type { FilesChange, Workspace } from '../workspace/workspace';
import { SearchCorpus } from './corpus';
import { docsOfFile, indexInput } from './docs';
import { evaluate, REGEX_SCAN_BUDGET, type EvalContext } from './evaluate';
import type { FieldProviderRegistry } from './field-providers';
import type { QueryNode } from './query/ast';
import { explain } from './query/explain';
import { parseQuery } from './query/parse';
import { facets, highlightPlan, page, rank } from './results';
import { ShardBuilderPool } from './worker-pool';
import { parseShard, shardFingerprint, ShardCache } from './shard-cache';

/** Documents per shard we aim for: small enough to rebuild in about a second, large enough to stay few. */
export const TARGET_SHARD_DOCS = 2500;

/** Options of one workspace's search service. */
export interface SearchServiceOptions {
  cacheDir: string | null;
  providers: FieldProviderRegistry;
  onProgress?: (p: Progress) => void;
  pool?: ShardBuilderPool;
}

/** Parameters of one query. */
export interface QueryParams {
  query: string;
  filters?: string[] | undefined;
  offset?: number | undefined;
  limit?: number | undefined;
}

/** Search over one open workspace: shards built in workers, persisted, refreshed per changed file. */
export class SearchService {
  readonly corpus = new SearchCorpus();
  private readonly pool: ShardBuilderPool;
  private readonly ownPool: boolean;
  private readonly cache: ShardCache | null;
  private fingerprints = new Map<number, string>();
  private generation = new Map<number, number>();
  private pending = new Set<Promise<void>>();
  private fromCache = 0;
  private manifestWrite: Promise<void> = Promise.resolve();
  private unsubscribe: () => void = () => undefined;

  constructor(
    private readonly workspace: Workspace,
    private readonly options: SearchServiceOptions,
  ) {
    this.ownPool = !options.pool;
    this.pool = options.pool ?? new ShardBuilderPool();
    this.cache = options.cacheDir ? new ShardCache(options.cacheDir) : null;
  }

  /** Loads or builds every shard (returns when all are searchable); later changes rebuild one shard. */
  async start(): Promise<void> {
    const files = [...this.workspace.files.values()];
    let docs = 0;
    for (const f of files) docs += f.stories.length;
    const manifest = this.cache ? await this.cache.manifest() : null;
    const fresh = Math.max(1, 2 ** Math.ceil(Math.log2(Math.max(1, docs / TARGET_SHARD_DOCS))));
    const reuse = manifest && docs / manifest.shardCount >= 200 && docs / manifest.shardCount <= 5000;
    this.corpus.shardCount = reuse ? manifest.shardCount : fresh;
    for (let i = 0; i < this.corpus.shardCount; i++) this.corpus.shardDocs.set(i, []);
    for (const f of files) this.addFile(f);
    this.unsubscribe = this.workspace.onFilesChanged((c) => this.onChanged(c));
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
    const cached: number[] = [];
    const missing: number[] = [];
    // Cache look-ups one shard at a time (each JSON.parse is a main-thread slice), builds in parallel.
    for (const id of ids) {
      const fp = this.shardFingerprintOf(id);
      this.fingerprints.set(id, fp);
      (manifest?.shards[String(id)] === fp ? cached : missing).push(id);
    }
    const builds = missing.map((id) => this.rebuild(id).then(() => (done++, report())));
    for (const id of cached) {
      const shard = await this.cache?.load(id, this.fingerprints.get(id) as string);
      if (shard) {
        this.corpus.setShard(shard);
        this.fromCache++;
        done++;
        report();
      } else builds.push(this.rebuild(id).then(() => (done++, report())));
      await new Promise((r) => setImmediate(r));
    }
    await Promise.all(builds);
    await this.saveManifest();
  }

  /** Writes the manifest; writes are chained so two rebuilds never race on the same file. */
  private saveManifest(): Promise<void> {
    const cache = this.cache;
    if (!cache) return Promise.resolve();
    this.manifestWrite = this.manifestWrite
      .then(() => cache.writeManifest(this.corpus.shardCount, new Map(this.fingerprints)))
      .catch((e: unknown) => console.warn('search: cannot write the index manifest:', e));
    return this.manifestWrite;
  }

  /** Resolves once no shard is building. */
  async settled(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }

  /** Stops the workers (when the workspace closes). */
  async close(): Promise<void> {
    this.unsubscribe();
    if (this.ownPool) await this.pool.close();
  }

  /** Index state for the progress bar. */
  status(): SearchStatus {
    return {
      documents: this.corpus.docs.size,
      shards: { ready: this.corpus.shards.size, total: this.corpus.shardDocs.size },
      building: this.pending.size > 0,
      fromCache: this.fromCache,
    };
  }

  /** Runs a query (plus filter chips) and returns one page, facets over all matches, and explain. */
  query(params: QueryParams): SearchResult {
    const started = performance.now();
    const node = combine(
      parseQuery(params.query),
      (params.filters ?? []).map((f) => parseQuery(f)),
    );
    const ctx: EvalContext = {
      corpus: this.corpus,
      providers: this.options.providers,
      notes: [],
      regexBudget: REGEX_SCAN_BUDGET,
      truncated: false,
    };
    const scored =
      node.type === 'all' && !params.query.trim() && !(params.filters ?? []).length
        ? new Map<string, number>()
        : evaluate(ctx, node, null);
    const ordered = rank(this.corpus, scored);
    const plan = highlightPlan(node, this.corpus, this.options.providers);
    const ex = explain(node, (f, v) => this.options.providers.field(f as 'entity')?.describe?.(v) ?? null);
    const result = {
      total: ordered.length,
      partial: this.corpus.partial() || ctx.truncated,
      shards: { ready: this.corpus.shards.size, total: this.corpus.shardDocs.size },
      hits: page(this.corpus, ordered, scored, plan, params.offset ?? 0, params.limit ?? 50),
      facets: facets(this.corpus, ordered, this.options.providers),
      explain: { text: ex.text, notes: [...ex.notes, ...ctx.notes] },
    };
    return { ...result, ms: Math.round((performance.now() - started) * 10) / 10 };
  }

  private addFile(f: ParsedFile): void {
    const shard = this.shardOf(f.relPath);
    this.corpus.texts.set(f.relPath, f.text);
    for (const d of docsOfFile(f)) {
      this.corpus.docs.set(d.id, d);
      this.corpus.shardDocs.get(shard)?.push(d.id);
    }
  }

  private removeFile(relPath: string): void {
    const shard = this.shardOf(relPath);
    const list = this.corpus.shardDocs.get(shard) ?? [];
    const keep = list.filter((id) => this.corpus.docs.get(id)?.path !== relPath);
    for (const id of list) if (this.corpus.docs.get(id)?.path === relPath) this.corpus.docs.delete(id);
    this.corpus.shardDocs.set(shard, keep);
    this.corpus.texts.delete(relPath);
  }

  private onChanged(change: FilesChange): void {
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
    for (const id of touched) {
      this.fingerprints.set(id, this.shardFingerprintOf(id));
      const job = this.rebuild(id)
        .then(() => this.saveManifest())
        .catch((e: unknown) => console.error('search: shard rebuild failed:', e));
      const tracked: Promise<void> = job.finally(() => this.pending.delete(tracked));
      this.pending.add(tracked);
    }
  }

  /** Builds shard `id` in a worker; a newer rebuild of the same shard wins over an older one. */
  private rebuild(id: number): Promise<void> {
    const gen = (this.generation.get(id) ?? 0) + 1;
    this.generation.set(id, gen);
    const inputs = (this.corpus.shardDocs.get(id) ?? []).map((docId) => {
      const d = this.corpus.docs.get(docId)!;
      return indexInput(d, this.corpus.texts.get(d.path) ?? '');
    });
    const fp = this.fingerprints.get(id) ?? this.shardFingerprintOf(id);
    const job = this.pool.build(inputs).then(async (json) => {
      if (this.generation.get(id) !== gen) return;
      this.corpus.setShard(parseShard(id, json));
      await this.cache
        ?.store(id, fp, json)
        .catch((e: unknown) => console.warn(`search: cannot cache shard ${id}:`, e));
    });
    const tracked = job.finally(() => this.pending.delete(tracked));
    this.pending.add(tracked);
    return tracked;
  }

  private shardOf(relPath: string): number {
    const h = createHash('md5').update(relPath).digest();
    return h.readUInt32LE(0) % this.corpus.shardCount;
  }

  private shardFingerprintOf(id: number): string {
    const paths = new Set((this.corpus.shardDocs.get(id) ?? []).map((d) => this.corpus.docs.get(d)?.path));
    const files = [...paths]
      .map((p) => (p ? this.workspace.files.get(p) : undefined))
      .filter((f): f is ParsedFile => !!f);
    return shardFingerprint(files);
  }
}

function combine(query: QueryNode, filters: QueryNode[]): QueryNode {
  const parts = [query, ...filters].filter((n) => n.type !== 'all');
  if (parts.length === 0) return { type: 'all' };
  if (parts.length === 1) return parts[0] as QueryNode;
  return { type: 'and', children: parts };
}
