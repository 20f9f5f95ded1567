import { stem } from './analyzer';
import type { SearchDoc } from './docs';
import type { LeafPart } from './query-pool';
import { Vocabulary } from './vocabulary';

/**
 * A set of documents with scores, dense over document numbers: `set[no]` is the score of document `no`,
 * NaN when it is not in the set. At 100k documents one set is 800 KB and every boolean operation is one
 * pass over a typed array, instead of maps keyed by id strings.
 */
export type DocSet = Float64Array;

/** A shard installed in a query worker, as the services thread knows it. */
interface Installed {
  gen: number;
  /** Local document index (in the worker) → document number (−1: no longer in the workspace). */
  localToDoc: Int32Array;
}

/**
 * The services thread's side of a workspace's search: document metadata, numbering and which shards the
 * query workers hold. Postings and positions live in the workers; texts are the workspace's own (used
 * here only for regex clauses and the shown page's snippets).
 */
export class SearchCorpus {
  readonly docs = new Map<string, SearchDoc>();
  readonly texts = new Map<string, string>();
  /** Docs of each shard (also those not built yet), to report partial answers and rebuild one shard. */
  readonly shardDocs = new Map<number, string[]>();
  /** Surface words of every shard (what wildcard and fuzzy expand over). */
  readonly vocab = new Vocabulary();
  shardCount = 0;
  private readonly installed = new Map<number, Installed>();
  private readonly noOf = new Map<string, number>();
  private readonly byNo: (SearchDoc | undefined)[] = [];
  private universeCache: DocSet | null = null;
  private spare: Float64Array[] = [];
  private lent: Float64Array[] = [];
  /** Facet values by document number, as codes into `facetNames` (−1: none), so facets count in arrays. */
  private outletCodes = new Int32Array(1024);
  private dayCodes = new Int32Array(1024);
  private readonly facetCode = new Map<string, number>();
  /** The value of each facet code (outlet name or day). */
  readonly facetNames: string[] = [];

  /** Number of document slots (the length of every {@link DocSet}). */
  get slots(): number {
    return this.byNo.length;
  }

  /** Adds a document (numbered once; numbers are never reused, so a stale answer cannot hit another). */
  addDoc(d: SearchDoc): void {
    this.docs.set(d.id, d);
    const no = this.noOf.get(d.id);
    const at = no ?? this.byNo.length;
    if (no === undefined) {
      this.noOf.set(d.id, at);
      this.byNo.push(d);
    } else this.byNo[at] = d;
    if (at >= this.outletCodes.length) {
      let size = this.outletCodes.length * 2;
      while (size <= at) size *= 2;
      const grow = (a: Int32Array) => {
        const b = new Int32Array(size);
        b.set(a);
        return b;
      };
      this.outletCodes = grow(this.outletCodes);
      this.dayCodes = grow(this.dayCodes);
    }
    this.outletCodes[at] = d.outlet ? this.codeOf(`o${d.outlet}`) : -1;
    this.dayCodes[at] = this.codeOf(`d${d.day ?? 'undated'}`);
    this.universeCache = null;
  }

  /**
   * Numbers document `id` now (it is added later with {@link addDoc}): start() adds files shard by shard
   * but numbers them in the workspace's order first, so that scans in number order (a regex's budget)
   * meet documents in folder order, as before.
   */
  reserve(id: string): void {
    if (this.noOf.has(id)) return;
    this.noOf.set(id, this.byNo.length);
    this.byNo.push(undefined);
  }

  /** Removes a document. */
  removeDoc(id: string): void {
    this.docs.delete(id);
    const no = this.noOf.get(id);
    if (no !== undefined) this.byNo[no] = undefined;
    this.noOf.delete(id);
    this.universeCache = null;
  }

  private codeOf(key: string): number {
    let c = this.facetCode.get(key);
    if (c === undefined) {
      c = this.facetNames.length;
      this.facetCode.set(key, c);
      this.facetNames.push(key.slice(1));
    }
    return c;
  }

  /** Outlet and date facet counts over `set`. */
  countFacets(set: DocSet): { outlet: Record<string, number>; date: Record<string, number> } {
    const outlets = new Int32Array(this.facetNames.length);
    const days = new Int32Array(this.facetNames.length);
    for (let i = 0; i < set.length; i++) {
      if (set[i] !== set[i] || !this.byNo[i]) continue;
      const o = this.outletCodes[i] as number;
      if (o >= 0) outlets[o] = (outlets[o] as number) + 1;
      const d = this.dayCodes[i] as number;
      days[d] = (days[d] as number) + 1;
    }
    const outlet: Record<string, number> = {};
    const date: Record<string, number> = {};
    for (let c = 0; c < this.facetNames.length; c++) {
      if (outlets[c]) outlet[this.facetNames[c] as string] = outlets[c] as number;
      if (days[c]) date[this.facetNames[c] as string] = days[c] as number;
    }
    return { outlet, date };
  }

  /** The document numbered `no`, if it still exists. */
  docAt(no: number): SearchDoc | undefined {
    return this.byNo[no];
  }

  /** The number of document `id`, if any. */
  numberOf(id: string): number | undefined {
    return this.noOf.get(id);
  }

  /** Records that a worker now holds build `gen` of shard `shard` with these document refs. */
  install(shard: number, gen: number, refs: readonly string[]): void {
    const localToDoc = new Int32Array(refs.length);
    refs.forEach((r, i) => (localToDoc[i] = this.noOf.get(r) ?? -1));
    this.installed.set(shard, { gen, localToDoc });
    this.universeCache = null;
  }

  /** Forgets what a worker held (it crashed, or the shard is gone). */
  uninstall(shard: number): void {
    this.installed.delete(shard);
    this.universeCache = null;
  }

  /** Shards currently answerable. */
  installedCount(): number {
    return this.installed.size;
  }

  /** Build generation of an installed shard. */
  installedGen(shard: number): number | undefined {
    return this.installed.get(shard)?.gen;
  }

  /** True while some shard has not been built or loaded. */
  partial(): boolean {
    for (const id of this.shardDocs.keys()) if (!this.installed.has(id)) return true;
    return false;
  }

  /** A new empty set. */
  empty(): DocSet {
    return this.take().fill(NaN);
  }

  /** A copy of `set`. */
  copyOf(set: DocSet): DocSet {
    const out = this.take();
    out.set(set);
    return out;
  }

  /**
   * Takes back every set handed out since the last call. The query path calls it once its answer is
   * built (synchronously after the workers reply): at 100k documents a set is 800 KB of off-heap memory,
   * and allocating several per query made V8 collect the services thread's large heap far more often.
   */
  recycle(): void {
    for (const a of this.lent) if (a.length === this.slots && this.spare.length < 16) this.spare.push(a);
    this.lent = [];
  }

  private take(): Float64Array {
    let a = this.spare.pop();
    while (a && a.length !== this.slots) a = this.spare.pop();
    a ??= new Float64Array(this.slots);
    this.lent.push(a);
    return a;
  }

  /** Every document of the installed shards, each scored 0 (a fresh copy). */
  universe(): DocSet {
    if (!this.universeCache) {
      const u = new Float64Array(this.slots).fill(NaN);
      for (const s of this.installed.values())
        for (const no of s.localToDoc) if (no >= 0 && this.byNo[no] !== undefined) u[no] = 0;
      this.universeCache = u;
    }
    return this.copyOf(this.universeCache);
  }

  /** The workers' answer to one leaf as a set (parts from shard builds no longer installed are ignored). */
  fromParts(parts: readonly LeafPart[]): DocSet {
    const out = this.empty();
    for (const p of parts) {
      const s = this.installed.get(p.shard);
      if (!s || s.gen !== p.gen) continue;
      for (let i = 0; i < p.docs.length; i++) {
        const no = s.localToDoc[p.docs[i] as number] as number;
        if (no >= 0 && this.byNo[no] !== undefined) out[no] = p.scores[i] as number;
      }
    }
    return out;
  }

  /** A set holding `ids` (unknown ids ignored), each scored 0. */
  fromIds(ids: Iterable<string>): DocSet {
    const out = this.empty();
    for (const id of ids) {
      const no = this.noOf.get(id);
      if (no !== undefined) out[no] = 0;
    }
    return out;
  }

  /** Ids of the members of `set`, in document-number order. */
  ids(set: DocSet): string[] {
    const out: string[] = [];
    for (let i = 0; i < set.length; i++)
      if (set[i] === set[i] && this.byNo[i]) out.push((this.byNo[i] as SearchDoc).id);
    return out;
  }

  /** Surface words matching a wildcard pattern (`*` any run, `?` one character), at most `cap`. */
  wildcardWords(pattern: string, cap = 4096): string[] {
    return this.vocab.wildcard(pattern, cap);
  }

  /** Surface words within `distance` edits of `word` (Levenshtein, bounded). */
  fuzzyWords(word: string, distance: number, cap = 1024): string[] {
    return this.vocab.fuzzy(word, distance, cap);
  }

  /** Surface forms (folded) of `stem` in the loaded shards: what highlighting looks for. */
  rawsOf(s: string): string[] {
    return this.vocab.rawsOf(s);
  }

  /** Distinct stems of surface words. */
  stemsOf(words: readonly string[]): string[] {
    const set = new Set<string>();
    for (const w of words) set.add(stem(w));
    return [...set];
  }
}
