import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write';

/** Bump when the analyzer, the shard format or the fingerprint changes: old caches are then rebuilt. */
export const INDEX_VERSION = 5;

/** The manifest of one workspace's cache directory. */
interface Manifest {
  version: number;
  shardCount: number;
  shards: Record<string, string>;
  /** The words file holding (at least) every surface word of the listed shards, if one was written. */
  words?: string;
}

/** The vocabulary as the words file keeps it: sorted words, and the words whose stem differs. */
export interface SavedWords {
  words: string[];
  stems: [string, string][];
}

const WORDS_MAGIC = 'dossier-words-1';

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

  /**
   * Writes the manifest (shard count, fingerprints, the words file) and removes shard and words files no
   * longer listed. The words file must already be written: a manifest never names one that is missing.
   */
  async writeManifest(shardCount: number, shards: Map<number, string>, words: string | null): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const m: Manifest = {
      version: INDEX_VERSION,
      shardCount,
      shards: Object.fromEntries([...shards].map(([k, v]) => [String(k), v])),
      ...(words ? { words } : {}),
    };
    await writeFileAtomic(path.join(this.dir, 'manifest.json'), JSON.stringify(m));
    const keep = new Set([...shards].map(([id, fp]) => path.basename(this.file(id, fp))));
    for (const name of await readdir(this.dir))
      if ((name.startsWith('shard-') && !keep.has(name)) || (name.startsWith('words-') && name !== words))
        await rm(path.join(this.dir, name), { force: true });
  }

  /**
   * Writes the vocabulary to a words file named after its content's hash (so a damaged file is detected
   * when read) and returns that name, for the manifest.
   */
  async writeWords(saved: SavedWords): Promise<string> {
    await mkdir(this.dir, { recursive: true });
    const body = Buffer.from(
      `${WORDS_MAGIC}\0${saved.words.join('\n')}\0${saved.stems.map(([w, st]) => `${w}\t${st}`).join('\n')}`,
      'utf8',
    );
    const name = `words-${createHash('sha256').update(body).digest('hex').slice(0, 24)}.txt`;
    await writeFileAtomic(path.join(this.dir, name), body);
    return name;
  }

  /** Reads a words file; null when it is missing, damaged (its hash differs from its name) or malformed. */
  async readWords(name: string): Promise<SavedWords | null> {
    if (!/^words-[0-9a-f]{24}\.txt$/.test(name)) return null;
    let body: Buffer;
    try {
      body = await readFile(path.join(this.dir, name));
    } catch {
      return null;
    }
    if (`words-${createHash('sha256').update(body).digest('hex').slice(0, 24)}.txt` !== name) return null;
    const [magic, words, stems, ...rest] = body.toString('utf8').split('\0');
    if (magic !== WORDS_MAGIC || words === undefined || stems === undefined || rest.length) return null;
    const pairs: [string, string][] = [];
    if (stems)
      for (const line of stems.split('\n')) {
        const tab = line.indexOf('\t');
        if (tab < 0) return null;
        pairs.push([line.slice(0, tab), line.slice(tab + 1)]);
      }
    return { words: words ? words.split('\n') : [], stems: pairs };
  }
}
