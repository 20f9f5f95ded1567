import os from 'node:os';
import type { Worker } from 'node:worker_threads';
import { spawnWorker } from '../../workers/spawn-worker';
import { nextTurn } from '../slices';
import type { IndexInput } from './docs';
import type { Leaf } from './shard-query';

/** How many query workers run: one per core (at most 4); each owns a share of the shards. */
export function builderCount(): number {
  return Math.max(1, Math.min(4, os.availableParallelism?.() ?? os.cpus().length));
}

/** One shard's answer to one leaf: local document indices and scores, tagged with the shard build. */
export interface LeafPart {
  shard: number;
  gen: number;
  docs: Int32Array;
  scores: Float64Array;
}

/** What a worker says about a shard it now holds: its document refs and surface words. */
export interface ShardInfo {
  refs: string[];
  vocab: string[];
  /** Stem of each word ('' = the word itself). */
  vocabStems: string[];
}

interface Pending {
  resolve: (v: Record<string, unknown>) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker | null;
  pending: Map<number, Pending>;
  jobs: { run: () => void; fail: (e: Error) => void }[];
  busy: boolean;
}

/** Documents per message of a shard build (see {@link QueryPool.build}). */
export const BUILD_PART = 250;

type WireResult = { shards: Int32Array; docs: Int32Array; scores: Float64Array };

/**
 * The query workers of one workspace. Shard `i` lives in worker `i % size`: that worker builds it (or
 * loads it from the cache), keeps its postings and positions, and answers every query over it; the
 * services thread only merges answers. Builds run one at a time per worker, so at most one shard's input
 * text is in flight per worker.
 */
export class QueryPool {
  private readonly slots: Slot[];
  private nextJob = 1;
  private closed = false;
  /** Called with the shards a crashed worker held (they must be loaded or built again). */
  onLost: (worker: number) => void = () => undefined;
  /**
   * Called, before a query's answer is returned, for each shard whose worker found its cached postings
   * damaged while answering (the worker has dropped it; it must be built again).
   */
  onCorrupt: (shard: number, gen: number, why: string) => void = () => undefined;

  constructor(readonly size = builderCount()) {
    this.slots = Array.from({ length: size }, () => ({
      worker: null,
      pending: new Map(),
      jobs: [],
      busy: false,
    }));
  }

  /** The worker owning shard `id`. */
  ownerOf(id: number): number {
    return id % this.size;
  }

  /**
   * Builds shard `id` in its worker; returns the cache bytes. The inputs are made only when the worker is
   * free, and sent {@link BUILD_PART} documents at a time with a turn of the event loop between: one
   * message of a 2,500-document shard (its text copied and serialised) held the services thread for tens
   * of milliseconds and made as much garbage at once.
   */
  async build(
    id: number,
    gen: number,
    inputs: () => Iterable<IndexInput>,
  ): Promise<ShardInfo & { bytes: Uint8Array }> {
    const r = await this.queued(id, async (index) => {
      let part: IndexInput[] = [];
      let parts = 0;
      for (const input of inputs()) {
        part.push(input);
        if (part.length < BUILD_PART) continue;
        this.post(index, { type: 'build-part', shard: id, gen, docs: part });
        parts++;
        part = [];
        await nextTurn();
      }
      return { type: 'build', shard: id, gen, docs: part, parts };
    });
    return { ...info(r), bytes: r.bytes as Uint8Array };
  }

  /**
   * Sends a build or load to shard `id`'s worker when that worker has none in flight: a worker handles
   * requests in order, so a query waits behind at most one shard's build or load, never behind all of them
   * (a reopened folder answers, partially, from the first shards in).
   */
  private queued(
    id: number,
    message: (worker: number) => Record<string, unknown> | Promise<Record<string, unknown>>,
  ): Promise<Record<string, unknown>> {
    const index = this.ownerOf(id);
    const slot = this.slots[index] as Slot;
    return new Promise((resolve, reject) => {
      slot.jobs.push({
        fail: reject,
        run: () => {
          Promise.resolve()
            .then(() => message(index))
            .then((m) => this.send(index, m))
            .then(resolve, reject)
            .finally(() => {
              slot.busy = false;
              this.pump(slot);
            });
        },
      });
      this.pump(slot);
    });
  }

  /**
   * Loads shard `id` from a cache file in its worker; null when the file does not exist. Throws when
   * corrupt. With `words` false the worker skips the shard's surface words (the caller has them).
   */
  async load(id: number, gen: number, file: string, words = true): Promise<ShardInfo | null> {
    try {
      return info(await this.queued(id, () => ({ type: 'load', shard: id, gen, file, words })));
    } catch (e) {
      if ((e as { missing?: boolean }).missing) return null;
      throw e;
    }
  }

  /** Forgets shard `id` in its worker. */
  async drop(id: number): Promise<void> {
    await this.send(this.ownerOf(id), { type: 'drop', shard: id });
  }

  /** Evaluates `leaves` over every shard of every worker; per leaf, the answering shards' parts. */
  async query(leaves: Leaf[]): Promise<LeafPart[][]> {
    const out: LeafPart[][] = leaves.map(() => []);
    if (leaves.length === 0) return out;
    const replies = await Promise.all(
      this.slots.map((s, i) => (s.worker ? this.send(i, { type: 'query', leaves }) : Promise.resolve(null))),
    );
    for (const r of replies) {
      if (!r) continue;
      for (const c of (r.corrupt as { shard: number; gen: number; error: string }[] | undefined) ?? [])
        this.onCorrupt(c.shard, c.gen, c.error);
      (r.results as WireResult[]).forEach((res, li) => {
        let at = 0;
        for (let k = 0; k < res.shards.length; k += 3) {
          const n = res.shards[k + 2] as number;
          out[li]?.push({
            shard: res.shards[k] as number,
            gen: res.shards[k + 1] as number,
            docs: res.docs.subarray(at, at + n),
            scores: res.scores.subarray(at, at + n),
          });
          at += n;
        }
      });
    }
    return out;
  }

  /** Stops every worker (pending jobs fail). */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(
      this.slots.map(async (s) => {
        const w = s.worker;
        s.worker = null;
        for (const j of s.jobs.splice(0)) j.fail(new Error('search: the index workers were stopped'));
        for (const p of s.pending.values()) p.reject(new Error('search: the index workers were stopped'));
        s.pending.clear();
        if (w) await w.terminate();
      }),
    );
  }

  private pump(slot: Slot): void {
    if (slot.busy) return;
    const next = slot.jobs.shift();
    if (!next) return;
    slot.busy = true;
    next.run();
  }

  /** Posts a message that gets no reply (a part of a build); the build's last message carries the job. */
  private post(index: number, msg: Record<string, unknown>): void {
    if (this.closed) throw new Error('search: the index workers were stopped');
    const slot = this.slots[index] as Slot;
    (slot.worker ?? this.spawn(index)).postMessage(msg);
  }

  private send(index: number, msg: Record<string, unknown>): Promise<Record<string, unknown>> {
    if (this.closed) return Promise.reject(new Error('search: the index workers were stopped'));
    const slot = this.slots[index] as Slot;
    const worker = slot.worker ?? this.spawn(index);
    const job = this.nextJob++;
    return new Promise((resolve, reject) => {
      slot.pending.set(job, { resolve, reject });
      // Referenced only while busy: an idle pool never keeps the CLI or a test process alive.
      worker.ref();
      worker.postMessage({ ...msg, job });
    });
  }

  private spawn(index: number): Worker {
    const slot = this.slots[index] as Slot;
    const w = spawnWorker('search');
    w.unref();
    slot.worker = w;
    w.on('message', (reply: Record<string, unknown> & { job: number; ok: boolean }) => {
      const p = slot.pending.get(reply.job);
      if (!p) return;
      slot.pending.delete(reply.job);
      if (slot.pending.size === 0) w.unref();
      if (reply.ok) p.resolve(reply);
      else
        p.reject(
          Object.assign(new Error(`search: an index worker failed: ${String(reply.error)}`), {
            missing: reply.missing === true,
          }),
        );
    });
    const lost = (why: string) => {
      if (slot.worker !== w) return;
      slot.worker = null;
      for (const p of slot.pending.values()) p.reject(new Error(`search: an index worker stopped: ${why}`));
      slot.pending.clear();
      if (!this.closed) this.onLost(index);
    };
    w.on('error', (e) => lost(e.message));
    w.on('exit', (code) => lost(`exit code ${code}`));
    return w;
  }
}

function info(r: Record<string, unknown>): ShardInfo {
  const refs = String(r.refs ?? '');
  const vocab = String(r.vocab ?? '');
  const stems = String(r.vocabStems ?? '');
  return {
    refs: refs ? refs.split('\0') : [],
    vocab: vocab ? vocab.split('\n') : [],
    vocabStems: vocab ? stems.split('\n') : [],
  };
}
