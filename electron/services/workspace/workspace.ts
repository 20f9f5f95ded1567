import path from 'node:path';
import type {
  DocumentDetail,
  DocumentSummary,
  IngestReport,
  SkippedFile,
} from '../../../shared/model/document';
import { parseDocumentId } from '../../../shared/model/ids';
import type { Progress, SidecarInfo, WorkspaceInfo } from '../../../shared/model/workspace';
import { DossierError } from '../errors';
import { cacheDirFor, pruneOldParseCaches } from '../ingest/cache';
import { DEFAULT_MAX_BYTES } from '../ingest/ingest-file';
import type { ParsedFile, ParsedStory } from '../ingest/types';
import { findCopiesSliced, type CopyInfo } from './duplicates';
import { detailOf, summaryOf } from './rows';
import { loadEncodings } from './encodings';
import { runIngest } from './ingest-run';
import { IngestPool } from './pool';
import { folderGone, folderGoneError } from '../fs/folder-gone';
import { scanFolder, type FoundFile } from './scan';
import { CacheWrites } from '../cache-writes';

/** Files whose parse changed, by NFC relative path (what search, anchoring and entities react to). */
export interface FilesChange {
  added: string[];
  changed: string[];
  removed: string[];
}

/** How a folder is opened; every field has a default so `Workspace.open(root, sidecar, cb)` still works. */
export interface OpenOptions {
  /** OS cache dir of the app: the parse cache lives under it; null disables the cache. */
  cacheDir?: string | null;
  /** Size cap per file in bytes (default 50 MB). */
  maxBytes?: number;
  /** Worker threads for parsing; 0 parses on this thread (tests). Default: cores − 1, fewer for small folders. */
  workers?: number;
  /** Per-file time limit in ms (default 30 s). */
  fileTimeoutMs?: number;
  /** Cancels the scan: files not reached are reported as `cancelled`. */
  signal?: AbortSignal;
}

/** An open folder: its parsed files and what the scan reported. */
export class Workspace {
  private readonly changeListeners = new Set<(change: FilesChange) => void>();
  private closers: (() => Promise<void> | void)[] = [];
  /** Cache writes of this folder's services: {@link close} refuses new ones and waits for the rest. */
  readonly writes = new CacheWrites();
  private stories: { file: ParsedFile; story: ParsedStory; n: number }[] | null = null;

  private constructor(
    readonly root: string,
    readonly sidecar: SidecarInfo,
    readonly files: Map<string, ParsedFile>,
    private skipped: SkippedFile[],
    private ms: number,
    private cancelled: boolean,
    /** The parse pool (kept for incremental updates), cache dir and per-file encoding overrides. */
    readonly ingest: {
      pool: IngestPool;
      cacheDir: string | null;
      maxBytes: number;
      encodings: Map<string, string>;
    },
    /** Copy groups by document id (see duplicates.ts). */
    private copies: Map<string, CopyInfo>,
  ) {}

  /** Scans and parses `root` off the main thread, reporting progress as it goes. */
  static async open(
    root: string,
    sidecar: SidecarInfo,
    onProgress: (p: Progress) => void,
    options: OpenOptions = {},
  ): Promise<Workspace> {
    const started = performance.now();
    // Earlier versions' parse caches go while this folder is read (awaited at the end, never failing).
    const pruned = options.cacheDir ? pruneOldParseCaches(options.cacheDir) : Promise.resolve();
    onProgress({ phase: 'scan', done: 0, total: 0, current: null });
    const scan = await scanFolder(root);
    const workers = options.workers ?? Math.min(IngestPool.defaultSize(), Math.ceil(scan.files.length / 16));
    const pool = new IngestPool(Math.max(1, workers), options.fileTimeoutMs, workers === 0);
    const cacheDir = options.cacheDir ? cacheDirFor(options.cacheDir, root) : null;
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const encodings = await loadEncodings(sidecar.path);
    const run = await runIngest(scan.files, {
      pool,
      maxBytes,
      cacheDir,
      encodings,
      signal: options.signal,
      onProgress,
      listGone: true,
    });
    // Moved or deleted while its files were read: every file read after that is `deleted`, and a library
    // of those (with a sidecar at a path that no longer exists) would hide what happened.
    if (await folderGone(root)) {
      await pool.close();
      throw folderGoneError(root);
    }
    const sorted = new Map([...run.files.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
    const skipped = [...scan.skipped, ...run.skipped].sort((a, b) => (a.path < b.path ? -1 : 1));
    onProgress({
      phase: 'done',
      done: run.files.size + run.skipped.length,
      total: scan.files.length,
      current: null,
    });
    // In time slices: grouping 100k stories in one go held the services thread for seconds.
    const copies = await findCopiesSliced(sorted.values());
    const ws = new Workspace(
      root,
      sidecar,
      sorted,
      skipped,
      performance.now() - started,
      run.cancelled,
      { pool, cacheDir, maxBytes, encodings },
      copies,
    );
    ws.closers.push(() => pool.close());
    await pruned;
    return ws;
  }

  /** The UI's view of this folder. */
  info(): WorkspaceInfo {
    return {
      root: this.root,
      name: path.basename(this.root),
      sidecar: this.sidecar,
      documents: this.countDocuments(),
      files: { indexed: this.files.size, skipped: this.skipped.length },
      state: 'ready',
    };
  }

  /** What the scan indexed and skipped (the CLI's `index --json`). */
  report(): IngestReport {
    return {
      documents: this.countDocuments(),
      files: { indexed: this.files.size, skipped: this.skipped },
      ms: Math.round(this.ms),
      ...(this.cancelled ? { cancelled: true } : {}),
    };
  }

  /** Every story as a library row, in path order; or the rows `offset`..`offset + limit` of that list. */
  list(offset = 0, limit = Infinity): DocumentSummary[] {
    // Stories in path order, built once per change: a page is then a slice, not a walk from the start
    // (51 pages of a 100k library walked 2.6 s in all, ~50 ms per page on the services thread).
    this.stories ??= [...this.files.values()].flatMap((file) =>
      file.stories.map((story, i) => ({ file, story, n: i + 1 })),
    );
    const end = Math.min(this.stories.length, offset + limit);
    const rows: DocumentSummary[] = [];
    for (let i = offset; i < end; i++) {
      const { file, story, n } = this.stories[i]!;
      rows.push(summaryOf(file, story, n, this.copies));
    }
    return rows;
  }

  /** One story with its text; a clear not_found error for an unknown id. */
  get(id: string): DocumentDetail {
    const { file, parsed, story } = this.find(id);
    return detailOf(file, parsed, story, this.copies, parsed.start, parsed.end);
  }

  /**
   * One story with only `length` UTF-16 units of its text from `from` (relative to the story start) and
   * `textTotal` set: a reader fetches a huge story in parts, each a short reply.
   */
  getPart(id: string, from: number, length: number): DocumentDetail {
    const { file, parsed, story } = this.find(id);
    const total = parsed.end - parsed.start;
    const at = parsed.start + Math.min(from, total);
    const to = Math.min(parsed.end, at + length);
    return { ...detailOf(file, parsed, story, this.copies, at, to), textTotal: total };
  }

  private find(id: string): { file: ParsedFile; parsed: ParsedStory; story: number } {
    const { path: relPath, story } = parseDocumentId(id);
    const file = this.files.get(relPath);
    const parsed = file?.stories[story - 1];
    if (!file || !parsed)
      throw new DossierError(
        'not_found',
        `documents: no document "${id}" in ${path.basename(this.root)}; it may have been moved or deleted — re-open the folder to refresh the library.`,
      );
    return { file, parsed, story };
  }

  /** The ids of the copies of `id` (itself included, original first), or just `[id]` when it has none. */
  copiesOf(id: string): string[] {
    this.get(id);
    return this.copies.get(id)?.members ?? [id];
  }

  /**
   * Subscribes to re-parsed files (watcher, encoding override). Domain services that derive data from
   * the text — the search index, annotation anchors, entity mentions — refresh themselves from here.
   */
  onFilesChanged(listener: (change: FilesChange) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /**
   * Re-reads the given relative paths (a watcher event, an encoding override): each file is parsed again
   * on its own, the library and copy groups are updated, and subscribers are told what changed.
   */
  async refresh(paths: readonly string[]): Promise<FilesChange> {
    const found: FoundFile[] = paths.map((relPath) => ({
      absPath: path.join(this.root, ...relPath.split('/')),
      relPath,
    }));
    const run = await runIngest(found, { ...this.ingest });
    const change: FilesChange = { added: [], changed: [], removed: [] };
    const touched = new Set(paths);
    let regroup = false;
    this.skipped = this.skipped.filter((s) => !touched.has(s.path));
    for (const relPath of paths) {
      const parsed = run.files.get(relPath);
      const had = this.files.has(relPath);
      if (parsed) {
        const before = this.files.get(relPath);
        if (!before || !sameForCopies(before, parsed)) regroup = true;
        this.files.set(relPath, parsed);
        if (!had) change.added.push(relPath);
        // A new title, date or outlet alone (a `.meta.json` edited) is a change too: the library, search
        // and exports show them.
        else if (!before || !sameForReaders(before, parsed)) change.changed.push(relPath);
      } else if (had) {
        regroup = true;
        this.files.delete(relPath);
        change.removed.push(relPath);
      }
    }
    this.stories = null;
    this.skipped.push(...run.skipped);
    this.skipped.sort((a, b) => (a.path < b.path ? -1 : 1));
    if (change.added.length) this.resort();
    // Copy groups follow the stories: a batch that changed none (a file saved again with the same bytes,
    // or only touched) must not regroup 100k stories (over a second of sliced work).
    if (regroup) this.copies = await findCopiesSliced(this.files.values());
    if (change.added.length + change.changed.length + change.removed.length > 0)
      this.notifyFilesChanged(change);
    return change;
  }

  /** True once {@link close} has begun: long work for this folder stops early. */
  get isClosed(): boolean {
    return this.writes.isClosed;
  }

  /** Registers cleanup (watchers) run by {@link close}. */
  onClose(closer: () => Promise<void> | void): void {
    this.closers.push(closer);
  }

  /**
   * Refuses new cache writes, stops watchers and workers, then waits for the writes already under way;
   * called when another folder opens or the host closes.
   */
  async close(): Promise<void> {
    this.writes.close();
    const closers = this.closers.splice(0);
    await Promise.all(
      closers.map((c) =>
        Promise.resolve()
          .then(c)
          .catch(() => undefined),
      ),
    );
    await this.writes.drain();
  }

  /** Tells every subscriber which files changed; a failing subscriber never stops the others. */
  protected notifyFilesChanged(change: FilesChange): void {
    for (const listener of this.changeListeners) {
      try {
        listener(change);
      } catch (e) {
        console.error('workspace: a files-changed listener failed:', e);
      }
    }
  }

  private resort(): void {
    const entries = [...this.files.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
    this.files.clear();
    for (const [k, v] of entries) this.files.set(k, v);
  }

  private countDocuments(): number {
    let n = 0;
    for (const f of this.files.values()) n += f.stories.length;
    return n;
  }
}

/** True when the library, reader and search would show the same stories in both parses. */
function sameForReaders(a: ParsedFile, b: ParsedFile): boolean {
  return (
    sameForCopies(a, b) &&
    a.stories.every((s, i) => {
      const t = b.stories[i];
      return (
        t !== undefined && s.title === t.title && s.dateSource === t.dateSource && s.dateline === t.dateline
      );
    })
  );
}

/** True when grouping copies would see the same stories (text, bounds, dates, outlets) in both parses. */
function sameForCopies(a: ParsedFile, b: ParsedFile): boolean {
  return (
    a.contentHash === b.contentHash &&
    a.stories.length === b.stories.length &&
    a.stories.every((s, i) => {
      const t = b.stories[i];
      return (
        t !== undefined &&
        s.start === t.start &&
        s.end === t.end &&
        s.date === t.date &&
        s.outlet === t.outlet
      );
    })
  );
}
