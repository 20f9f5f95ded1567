import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write';
import type { ParsedFile } from '../ingest/types';

/** Bump when the analyzer, the shard format or the fingerprint changes: old caches are then rebuilt. */
export const INDEX_VERSION = 4;

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
  // One string, hashed once: per-piece hash updates and JSON of every story were most of a reopen's
  // services-thread time at 100k files. Fields are NUL-separated (no field holds a NUL).
  const parts: string[] = [`v${INDEX_VERSION}`];
  for (const f of [...files].sort((a, b) => (a.relPath < b.relPath ? -1 : 1))) {
    parts.push(f.relPath, f.contentHash);
    for (const s of f.stories) {
      parts.push(`${s.start}:${s.end}:${s.date ?? ''}`, s.title, s.outlet);
      for (const b of s.boilerplate) parts.push(`${b.start}-${b.end}`);
    }
    parts.push('\n');
  }
  return createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 24);
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

  /** Where shard `id` with this fingerprint is stored (the query worker reads it from there). */
  file(id: number, fingerprint: string): string {
    return path.join(this.dir, `shard-${id}-${fingerprint}.bin`);
  }

  /** Deletes a shard file that could not be read (it will be rebuilt). */
  async discard(id: number, fingerprint: string): Promise<void> {
    await rm(this.file(id, fingerprint), { force: true });
  }

  /** Stores a shard's bytes (atomically) and drops older versions of the same shard. */
  async store(id: number, fingerprint: string, bytes: Uint8Array): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeFileAtomic(this.file(id, fingerprint), bytes);
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
}
