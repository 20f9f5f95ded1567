import type { Worker } from 'node:worker_threads';
import { spawnWorker } from '../../workers/spawn-worker';
import { recogniseFile, type FileRecognition, type StoryInput } from './recognise';

interface Job {
  resolve(r: FileRecognition): void;
  reject(e: Error): void;
}

/**
 * Runs recognition in one `entities` worker thread. The worker is ref'd only while jobs are pending, so
 * an idle worker never keeps the CLI alive. When no worker can start (a stripped-down runtime), it
 * falls back to recognising inline and says so once.
 */
export class RecogniserPool {
  private worker: Worker | null = null;
  private failed = false;
  private nextId = 1;
  private readonly jobs = new Map<number, Job>();

  /** Recognises one file's text. */
  recognise(text: string, stories: readonly StoryInput[]): Promise<FileRecognition> {
    const worker = this.ensure();
    if (!worker) return Promise.resolve(recogniseFile(text, stories));
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
      this.jobs.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage(payload);
    });
  }

  /** Stops the worker (pending jobs fail). */
  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }

  private ensure(): Worker | null {
    if (this.worker || this.failed) return this.worker;
    try {
      const w = spawnWorker('entities');
      w.on('message', (msg: { id: number; result?: FileRecognition; error?: string }) => {
        const job = this.jobs.get(msg.id);
        if (!job) return;
        this.jobs.delete(msg.id);
        if (this.jobs.size === 0) w.unref();
        if (msg.result) job.resolve(msg.result);
        else job.reject(new Error(msg.error ?? 'entities worker: no result'));
      });
      w.on('error', (e) => this.fail(e));
      w.on('exit', (code) => {
        if (this.worker === w) this.fail(new Error(`entities worker exited with code ${code}`));
      });
      w.unref();
      this.worker = w;
      return w;
    } catch (e) {
      this.failed = true;
      console.warn('entities: cannot start the recognition worker, recognising on this thread:', e);
      return null;
    }
  }

  private fail(e: Error): void {
    this.worker = null;
    this.failed = true;
    for (const job of this.jobs.values()) job.reject(e);
    this.jobs.clear();
  }
}
