import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write';
import type { ParsedFile } from '../ingest/types';
import type { LoadedShard } from './corpus';
import type { BuiltShard } from './shard-build';

/** Bump when the analyzer, the shard format or the fingerprint changes: old caches are then rebuilt. */
export const INDEX_VERSION = 2;

/** The manifest of one workspace's cache directory. */
interface Manifest {
  version: number;
  shardCount: number;
  shards: Record<string, string>;
}

/** Where `root`'s shards live under the cache directory. */
export function cacheDirFor(cacheDir: string, root: string): string {
  const key = createHash('sha256').update(root).digest('hex').slice(0, 16);
  return path.join(
    cacheDir,
    'search',
    `${path
      .basename(root)
      .replace(/[^\w.-]/g, '_')
      .slice(0, 40)}-${key}`,
  );
}

/** Fingerprint of a shard: index version plus every file's path, content hash and story layout. */
export function shardFingerprint(files: readonly ParsedFile[]): string {
  const h = createHash('sha256').update(`v${INDEX_VERSION}\n`);
  for (const f of [...files].sort((a, b) => (a.relPath < b.relPath ? -1 : 1))) {
    h.update(f.relPath).update('\0').update(f.contentHash).update('\0');
    for (const s of f.stories)
      h.update(JSON.stringify([s.start, s.end, s.title, s.outlet, s.date, s.boilerplate]));
    h.update('\n');
  }
  return h.digest('hex').slice(0, 24);
}

/** Reads and writes shards; never trusts what it cannot parse (a bad file is a cache miss). */
export class ShardCache {
  constructor(readonly dir: string) {}

  /** The shard count the cache was built with, if its manifest is readable and current. */
  async manifest(): Promise<Manifest | null> {
    try {
      const m = JSON.parse(await readFile(path.join(this.dir, 'manifest.json'), 'utf8')) as Manifest;
      if (m.version !== INDEX_VERSION || !Number.isInteger(m.shardCount) || typeof m.shards !== 'object')
        return null;
      return m;
    } catch {
      return null;
    }
  }

  /** Loads shard `id` if a file with exactly this fingerprint exists and parses; else null. */
  async load(id: number, fingerprint: string): Promise<LoadedShard | null> {
    let raw: string;
    try {
      raw = await readFile(this.file(id, fingerprint), 'utf8');
    } catch {
      return null;
    }
    try {
      return parseShard(id, raw);
    } catch (e) {
      console.warn(
        `search: cached shard ${id} is unreadable (${e instanceof Error ? e.message : String(e)}); rebuilding it`,
      );
      await rm(this.file(id, fingerprint), { force: true });
      return null;
    }
  }

  /** Stores a shard's JSON (atomically) and drops older versions of the same shard. */
  async store(id: number, fingerprint: string, json: string): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeFileAtomic(this.file(id, fingerprint), json);
    const prefix = `shard-${id}-`;
    for (const name of await readdir(this.dir))
      if (name.startsWith(prefix) && name !== path.basename(this.file(id, fingerprint)))
        await rm(path.join(this.dir, name), { force: true });
  }

  /** Writes the manifest (shard count and fingerprints) and removes shards no longer listed. */
  async writeManifest(shardCount: number, shards: Map<number, string>): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const m: Manifest = {
      version: INDEX_VERSION,
      shardCount,
      shards: Object.fromEntries([...shards].map(([k, v]) => [String(k), v])),
    };
    await writeFileAtomic(path.join(this.dir, 'manifest.json'), JSON.stringify(m));
    const keep = new Set([...shards].map(([id, fp]) => path.basename(this.file(id, fp))));
    for (const name of await readdir(this.dir))
      if (name.startsWith('shard-') && !keep.has(name)) await rm(path.join(this.dir, name), { force: true });
  }

  private file(id: number, fingerprint: string): string {
    return path.join(this.dir, `shard-${id}-${fingerprint}.json`);
  }
}

/** Turns a worker's (or the cache's) JSON into a loaded shard; throws on anything malformed. */
export function parseShard(id: number, json: string): LoadedShard {
  const built = JSON.parse(json) as Partial<BuiltShard> | null;
  if (
    !built ||
    built.format !== 'dossier-shard' ||
    !Array.isArray(built.refs) ||
    !Array.isArray(built.terms) ||
    !Array.isArray(built.postings) ||
    !Array.isArray(built.vocab) ||
    built.terms.length !== built.postings.length
  )
    throw new Error('not a search shard of this version');
  const n = built.refs.length;
  const terms = built.terms;
  const rows = built.postings as unknown[];
  let size = 0;
  for (let t = 0; t < terms.length; t++) {
    const row = rows[t];
    if (!Array.isArray(row) || row.length !== 3) throw new Error(`bad postings for "${terms[t]}"`);
    for (const list of row as unknown[]) {
      if (list === null) continue;
      if (!Array.isArray(list) || list.length % 2) throw new Error(`bad postings for "${terms[t]}"`);
      size += list.length;
    }
  }
  const offsets = new Int32Array(terms.length * 4 + 1);
  const data = new Int32Array(size);
  const termIndex = new Map<string, number>();
  let at = 0;
  for (let t = 0; t < terms.length; t++) {
    termIndex.set(terms[t] as string, t);
    const row = rows[t] as (number[] | null)[];
    for (let f = 0; f < 3; f++) {
      offsets[4 * t + f] = at;
      const list = row[f];
      if (!list) continue;
      for (let j = 0; j < list.length; j += 2) {
        const doc = list[j] as number;
        if (!Number.isInteger(doc) || doc < 0 || doc >= n)
          throw new Error(`bad document index for "${terms[t]}"`);
        data[at++] = doc;
        data[at++] = list[j + 1] as number;
      }
    }
    offsets[4 * t + 3] = at;
  }
  offsets[terms.length * 4] = at;
  return { id, refs: built.refs, termIndex, offsets, data, vocab: built.vocab };
}
