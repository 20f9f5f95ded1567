import type { SkippedFile } from '../../../shared/model/document';
import type { Progress } from '../../../shared/model/workspace';
import type { ParsedFile } from '../ingest/types';
import type { IngestPool } from './pool';
import type { FoundFile } from './scan';

/** What one ingest pass over a list of files produced. */
export interface RunResult {
  files: Map<string, ParsedFile>;
  skipped: SkippedFile[];
  /** Files that were deleted after the walk listed them (also in `skipped` when `listGone` is set). */
  gone: string[];
  cancelled: boolean;
}

/** Settings of one pass. */
export interface RunOptions {
  pool: IngestPool;
  maxBytes: number;
  cacheDir: string | null;
  encodings: ReadonlyMap<string, string>;
  signal?: AbortSignal | undefined;
  onProgress?: ((p: Progress) => void) | undefined;
  /**
   * List files deleted between the walk and the read in `skipped` as `deleted` (opening a folder: the
   * analyst must see what was not indexed). A refresh leaves this off: there a deletion is a removal.
   */
  listGone?: boolean | undefined;
}

/** The "Files not indexed" entry of a file deleted after the walk listed it. */
export function deletedWhileReading(relPath: string): SkippedFile {
  return {
    path: relPath,
    reason: 'deleted',
    detail:
      'deleted while reading: the file was removed after the scan listed it; restore it and re-open the folder to index it',
  };
}

/** A file that keeps changing while it is read is given up on after this many reads. */
const MAX_READS = 3;
/** Progress events at most this often (a 100k-file scan must not flood the event bus). */
const PROGRESS_MS = 100;

/**
 * Ingests `found` through the worker pool with bounded concurrency (twice the pool size in flight, so
 * workers never wait and file handles stay far below any limit). A file that changed while being read is
 * re-queued; cancelling stops taking new files and reports the rest as `cancelled`.
 */
export async function runIngest(found: readonly FoundFile[], options: RunOptions): Promise<RunResult> {
  const files = new Map<string, ParsedFile>();
  const skipped: SkippedFile[] = [];
  const gone: string[] = [];
  const queue = found.map((f) => ({ ...f, reads: 0 }));
  let next = 0;
  let done = 0;
  let lastEmit = 0;
  const total = found.length;
  const emit = (current: string | null, force = false) => {
    const now = Date.now();
    if (!force && now - lastEmit < PROGRESS_MS) return;
    lastEmit = now;
    options.onProgress?.({ phase: 'parse', done, total, current });
  };
  const lane = async () => {
    while (next < queue.length && !options.signal?.aborted) {
      const item = queue[next++]!;
      item.reads++;
      const outcome = await options.pool.run({
        absPath: item.absPath,
        relPath: item.relPath,
        maxBytes: options.maxBytes,
        encodingOverride: options.encodings.get(item.relPath) ?? null,
        cacheDir: options.cacheDir,
      });
      if (outcome.kind === 'retry') {
        if (item.reads < MAX_READS) {
          queue.push(item);
          continue;
        }
        skipped.push({
          path: item.relPath,
          reason: 'changed',
          detail: `the file kept changing while it was read (${MAX_READS} tries); it will be read when it settles`,
        });
      } else if (outcome.kind === 'parsed') files.set(item.relPath, outcome.file);
      else if (outcome.kind === 'skipped') skipped.push(outcome.skipped);
      else {
        gone.push(outcome.path);
        if (options.listGone) skipped.push(deletedWhileReading(outcome.path));
      }
      done++;
      emit(item.relPath);
    }
  };
  emit(null, true);
  await Promise.all(Array.from({ length: Math.max(1, options.pool.size * 2) }, lane));
  const cancelled = Boolean(options.signal?.aborted);
  if (cancelled) {
    const reached = new Set([...files.keys(), ...skipped.map((s) => s.path), ...gone]);
    for (const f of queue.slice(next))
      if (!reached.has(f.relPath))
        skipped.push({
          path: f.relPath,
          reason: 'cancelled',
          detail: 'the scan was cancelled before this file was read; re-open the folder to index it',
        });
  }
  return { files, skipped, gone, cancelled };
}
