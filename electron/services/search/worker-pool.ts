import os from 'node:os';
import type { Worker } from 'node:worker_threads';
import { spawnWorker } from '../../workers/spawn-worker';
import type { IndexInput } from './docs';

type Reply = { job: number; ok: true; json: string } | { job: number; ok: false; error: string };

/** How many index builders run at once: every core, the main thread mostly waits on them. */
export function builderCount(): number {
  return Math.max(1, Math.min(4, os.availableParallelism?.() ?? os.cpus().length));
}

/** A small pool of search workers building shards; each job returns the shard's JSON. */
export class ShardBuilderPool {
  private readonly idle: Worker[] = [];
  private readonly all: Worker[] = [];
  private readonly queue: {
    docs: IndexInput[];
    resolve: (json: string) => void;
    reject: (e: Error) => void;
  }[] = [];
  private nextJob = 1;
  private closed = false;

  constructor(private readonly size = builderCount()) {}

  /** Builds one shard in a worker. */
  build(docs: IndexInput[]): Promise<string> {
    if (this.closed) return Promise.reject(new Error('search: the index builder was stopped'));
    return new Promise((resolve, reject) => {
      this.queue.push({ docs, resolve, reject });
      this.pump();
    });
  }

  /** Stops every worker (pending jobs fail). */
  async close(): Promise<void> {
    this.closed = true;
    for (const q of this.queue.splice(0)) q.reject(new Error('search: the index builder was stopped'));
    await Promise.all(this.all.map((w) => w.terminate()));
  }

  private pump(): void {
    while (this.queue.length) {
      const worker = this.idle.pop() ?? (this.all.length < this.size ? this.spawn() : null);
      if (!worker) return;
      const task = this.queue.shift();
      if (!task) return;
      const job = this.nextJob++;
      const onMessage = (reply: Reply) => {
        if (reply.job !== job) return;
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.unref();
        this.idle.push(worker);
        if (reply.ok) task.resolve(reply.json);
        else task.reject(new Error(`search: building an index shard failed: ${reply.error}`));
        this.pump();
      };
      const onError = (e: Error) => {
        worker.off('message', onMessage);
        this.all.splice(this.all.indexOf(worker), 1);
        task.reject(new Error(`search: an index builder crashed: ${e.message}`));
        this.pump();
      };
      worker.on('message', onMessage);
      worker.once('error', onError);
      // Referenced only while busy: an idle pool never keeps the CLI or a test process alive.
      worker.ref();
      worker.postMessage({ job, docs: task.docs });
    }
  }

  private spawn(): Worker {
    const w = spawnWorker('search');
    w.unref();
    this.all.push(w);
    return w;
  }
}
