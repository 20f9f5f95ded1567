import os from 'node:os';
import type { Worker } from 'node:worker_threads';
import { spawnWorker } from '../../workers/spawn-worker';
import { ingestCached } from '../ingest/cache';
import type { FileOutcome } from '../ingest/types';

/** One file to ingest. */
export interface IngestTask {
  absPath: string;
  relPath: string;
  maxBytes: number;
  encodingOverride: string | null;
  cacheDir: string | null;
}

/** Per-file time limit: a PDF (or anything) that takes longer is abandoned and reported as `timeout`. */
export const DEFAULT_FILE_TIMEOUT_MS = 30_000;

interface Slot {
  worker: Worker | null;
  busy: boolean;
}

interface Pending {
  task: IngestTask;
  resolve: (o: FileOutcome) => void;
}

/**
 * A pool of ingest workers (cores − 1, at least 1) so parsing never runs on the main thread. Each worker
 * takes one file at a time; a file over the time limit gets its worker terminated (pdf.js cannot be
 * interrupted otherwise) and a fresh worker takes its place. `inProcess` parses on the calling thread
 * (the CLI's small runs and tests that need no workers).
 */
export class IngestPool {
  private readonly slots: Slot[];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    readonly size = Math.max(1, os.availableParallelism() - 1),
    private readonly timeoutMs = DEFAULT_FILE_TIMEOUT_MS,
    private readonly inProcess = false,
  ) {
    this.slots = Array.from({ length: size }, () => ({ worker: null, busy: false }));
  }

  /** The default pool size: one worker per core but one, at least one. */
  static defaultSize(): number {
    return Math.max(1, os.availableParallelism() - 1);
  }

  /** Ingests one file; never rejects (failures are `skipped` outcomes). */
  run(task: IngestTask): Promise<FileOutcome> {
    if (this.inProcess)
      return ingestCached(
        task.absPath,
        task.relPath,
        { maxBytes: task.maxBytes, encodingOverride: task.encodingOverride ?? undefined },
        task.cacheDir,
      );
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
      this.pump();
    });
  }

  /** Terminates every worker; queued tasks resolve as skipped. */
  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0))
      p.resolve(skipped(p.task, 'parse-error', 'the scan was stopped before this file was read'));
    await Promise.all(this.slots.map((s) => s.worker?.terminate()));
    for (const s of this.slots) s.worker = null;
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (this.closed || this.queue.length === 0) return;
      if (slot.busy) continue;
      const next = this.queue.shift()!;
      slot.busy = true;
      void this.runOn(slot, next).finally(() => {
        slot.busy = false;
        this.pump();
      });
    }
  }

  private runOn(slot: Slot, { task, resolve }: Pending): Promise<void> {
    const worker = (slot.worker ??= spawnWorker('ingest'));
    // Held while it works, released when idle: an idle pool never keeps a CLI process alive.
    worker.ref();
    const id = this.nextId++;
    return new Promise<void>((done) => {
      const finish = (outcome: FileOutcome) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        worker.unref();
        resolve(outcome);
        done();
      };
      const onMessage = (m: { id: number; outcome: FileOutcome }) => {
        if (m.id === id) finish(m.outcome);
      };
      const onError = (e: Error) => {
        slot.worker = null;
        finish(skipped(task, 'parse-error', `the parser stopped (${e.message})`));
      };
      const onExit = (code: number) => {
        slot.worker = null;
        finish(skipped(task, 'parse-error', `the parser exited (code ${code}), e.g. out of memory`));
      };
      const timer = setTimeout(() => {
        slot.worker = null;
        worker.off('exit', onExit);
        void worker.terminate();
        finish(
          skipped(
            task,
            'timeout',
            `reading took longer than ${Math.round(this.timeoutMs / 1000)} s and was stopped`,
          ),
        );
      }, this.timeoutMs);
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.postMessage({ id, ...task });
    });
  }
}

function skipped(task: IngestTask, reason: 'timeout' | 'parse-error', detail: string): FileOutcome {
  return { kind: 'skipped', skipped: { path: task.relPath, reason, detail } };
}
