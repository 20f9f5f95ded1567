import os from 'node:os';
import type { Worker } from 'node:worker_threads';
import { spawnWorker } from '../../workers/spawn-worker';
import { recogniseFile, type FileRecognition, type StoryInput } from './recognise';

interface Job {
  resolve(r: FileRecognition): void;
  reject(e: Error): void;
}

/** Worker deaths after which recognition stays on the calling thread. */
const MAX_DEATHS = 3;

interface Slot {
  worker: Worker;
  /** Jobs posted to this worker and not answered yet. */
  jobs: Map<number, Job>;
}

/**
 * Runs recognition in `entities` worker threads, one per core but one (like the ingest pool), each file
 * going to the worker with the fewest jobs. A worker is ref'd only while it has jobs, so an idle pool
 * never keeps the CLI alive. When no worker can start (a stripped-down runtime), it falls back to
 * recognising inline and says so once.
 */
export class RecogniserPool {
  private slots: Slot[] = [];
  private failed = false;
  private deaths = 0;
  private nextId = 1;

  constructor(readonly size = RecogniserPool.defaultSize()) {}

  /** One worker per core but one, at least one: the services thread keeps a core. */
  static defaultSize(): number {
    return Math.max(1, os.availableParallelism() - 1);
  }

  /** Recognises one file's text. */
  recognise(text: string, stories: readonly StoryInput[]): Promise<FileRecognition> {
    const slot = this.pick();
    if (!slot) return Promise.resolve(recogniseFile(text, stories));
    const id = this.nextId++;
    const payload = {
      id,
      text,
      stories: stories.map((s) => ({
        start: s.start,
        end: s.end,
        outlet: s.outlet,
        boilerplate: s.boilerplate.map((b) => ({ start: b.start, end: b.end })),
      })),
    };
    return new Promise<FileRecognition>((resolve, reject) => {
      slot.jobs.set(id, { resolve, reject });
      slot.worker.ref();
      slot.worker.postMessage(payload);
    });
  }

  /** Stops the workers (pending jobs fail). */
  async close(): Promise<void> {
    const slots = this.slots;
    this.slots = [];
    for (const s of slots) for (const job of s.jobs.values()) job.reject(new Error('entities: stopped'));
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  /** The least busy worker, starting one while the pool is below its size; null when none can run. */
  private pick(): Slot | null {
    if (this.failed) return null;
    const idle = this.slots.find((s) => s.jobs.size === 0);
    if (idle) return idle;
    if (this.slots.length < this.size) {
      const started = this.start();
      if (started) return started;
    }
    let best: Slot | null = null;
    for (const s of this.slots) if (!best || s.jobs.size < best.jobs.size) best = s;
    return best;
  }

  private start(): Slot | null {
    try {
      const worker = spawnWorker('entities');
      const slot: Slot = { worker, jobs: new Map() };
      worker.on('message', (msg: { id: number; result?: FileRecognition; error?: string }) => {
        const job = slot.jobs.get(msg.id);
        if (!job) return;
        slot.jobs.delete(msg.id);
        if (slot.jobs.size === 0) worker.unref();
        if (msg.result) job.resolve(msg.result);
        else job.reject(new Error(msg.error ?? 'entities worker: no result'));
      });
      worker.on('error', (e) => this.drop(slot, e));
      worker.on('exit', (code) => this.drop(slot, new Error(`entities worker exited with code ${code}`)));
      worker.unref();
      this.slots.push(slot);
      return slot;
    } catch (e) {
      if (this.slots.length === 0) {
        this.failed = true;
        console.warn('entities: cannot start the recognition worker, recognising on this thread:', e);
      }
      return null;
    }
  }

  /**
   * A worker that died fails its own jobs (the caller recognises those inline) and a fresh one takes its
   * place; after {@link MAX_DEATHS} deaths recognition stays on this thread rather than respawn forever.
   */
  private drop(slot: Slot, e: Error): void {
    const at = this.slots.indexOf(slot);
    if (at < 0) return;
    this.slots.splice(at, 1);
    if (++this.deaths >= MAX_DEATHS) {
      this.failed = true;
      console.warn('entities: recognition workers keep stopping, recognising on this thread:', e.message);
    }
    for (const job of slot.jobs.values()) job.reject(e);
    slot.jobs.clear();
  }
}
