import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import type { IndexInput } from '../services/search/docs';
import { buildShard, type BuiltShard } from '../services/search/shard-build';
import { CorruptShardError, decodeShard, encodeShard } from '../services/search/shard-format';
import { phraseLeaf, termsLeaf, type Leaf } from '../services/search/shard-query';
import { packTerms } from '../services/search/terms';

/** Requests of the services thread: build or load a shard (and keep it), drop it, evaluate leaves. */
type Request =
  | { type: 'build-part'; job?: undefined; shard: number; gen: number; docs: IndexInput[] }
  | { type: 'build'; job: number; shard: number; gen: number; docs: IndexInput[]; parts: number }
  | { type: 'load'; job: number; shard: number; gen: number; file: string; words: boolean }
  | { type: 'drop'; job: number; shard: number }
  | { type: 'query'; job: number; leaves: Leaf[] };

// A query worker: it builds the shards it owns (or loads them from the cache), keeps them, and answers
// the index-backed leaves of every query over them. The services thread holds no postings or positions.
const shards = new Map<number, { gen: number; shard: BuiltShard }>();

// A large shard's documents come in several messages (so that no one message holds the services thread);
// they are gathered here, per shard and generation, until the build message that ends them.
const parts = new Map<number, { gen: number; count: number; docs: IndexInput[] }>();

// Words this worker has already told the services thread about: its vocabulary only grows, so each
// word crosses once per worker instead of once per shard (64 shards share most of their words).
const sentWords = new Set<string>();

/** What the services thread learns of a shard (its refs, its new words); the worker then drops them. */
function describe(s: BuiltShard) {
  // New words only, sorted here so that the services thread merges them in one linear pass. A shard
  // loaded without its words (the services thread has them from its words file) has none here.
  const fresh: number[] = [];
  s.vocab.forEach((w, i) => {
    if (sentWords.has(w)) return;
    sentWords.add(w);
    fresh.push(i);
  });
  fresh.sort((a, b) => ((s.vocab[a] as string) < (s.vocab[b] as string) ? -1 : 1));
  const words = fresh.map((i) => s.vocab[i] as string);
  const stems = fresh.map((i) => s.vocabStems[i] ?? '');
  const out = { refs: s.refs.join('\0'), vocab: words.join('\n'), vocabStems: stems.join('\n') };
  s.vocab = [];
  s.vocabStems = [];
  s.packed ??= packTerms(s.terms);
  s.terms = [];
  s.refs = new Array<string>(s.refs.length).fill('');
  return out;
}

async function handle(req: Request): Promise<void> {
  switch (req.type) {
    case 'build-part': {
      const p = parts.get(req.shard);
      if (p && p.gen === req.gen) {
        for (const d of req.docs) p.docs.push(d);
        p.count++;
      } else parts.set(req.shard, { gen: req.gen, count: 1, docs: req.docs });
      return;
    }
    case 'build': {
      const p = parts.get(req.shard);
      parts.delete(req.shard);
      const received = p && p.gen === req.gen ? p.count : 0;
      // A part lost on the way (this worker restarted between them) must not give a shard with holes.
      if (received !== req.parts)
        throw new Error(`shard ${req.shard} arrived in ${received} of ${req.parts} parts`);
      const shard = buildShard(p && req.parts > 0 ? p.docs.concat(req.docs) : req.docs);
      shards.set(req.shard, { gen: req.gen, shard });
      const bytes = encodeShard(shard);
      parentPort?.postMessage({ job: req.job, ok: true, ...describe(shard), bytes }, [
        bytes.buffer as ArrayBuffer,
      ]);
      return;
    }
    case 'load': {
      let bytes: Buffer;
      try {
        bytes = await readFile(req.file);
      } catch {
        parentPort?.postMessage({ job: req.job, ok: false, missing: true, error: 'no such cache file' });
        return;
      }
      const shard = decodeShard(bytes, { words: req.words });
      shards.set(req.shard, { gen: req.gen, shard });
      parentPort?.postMessage({ job: req.job, ok: true, ...describe(shard) });
      return;
    }
    case 'drop':
      shards.delete(req.shard);
      parentPort?.postMessage({ job: req.job, ok: true });
      return;
    case 'query': {
      // A shard whose postings fail their check (a damaged cache file, caught on a term's first use) is
      // dropped and named in the reply: the services thread rebuilds it; this answer leaves it out.
      const corrupt: { shard: number; gen: number; error: string }[] = [];
      // Per leaf: the shards answered (id, generation, hit count) and their hits, concatenated.
      const results = req.leaves.map((leaf) => {
        const parts: { shard: number; gen: number; docs: Int32Array; scores: Float64Array }[] = [];
        for (const [id, { gen, shard }] of shards) {
          let r;
          try {
            r =
              leaf.kind === 'terms'
                ? termsLeaf(shard, leaf.stems, leaf.field)
                : phraseLeaf(shard, leaf.words, leaf.slop, leaf.field);
          } catch (e) {
            if (!(e instanceof CorruptShardError)) throw e;
            shards.delete(id);
            corrupt.push({ shard: id, gen, error: e.message });
            continue;
          }
          if (r.docs.length) parts.push({ shard: id, gen, ...r });
        }
        let total = 0;
        for (const p of parts) total += p.docs.length;
        const docs = new Int32Array(total);
        const scores = new Float64Array(total);
        let at = 0;
        for (const p of parts) {
          docs.set(p.docs, at);
          scores.set(p.scores, at);
          at += p.docs.length;
        }
        return {
          shards: Int32Array.from(parts.flatMap((p) => [p.shard, p.gen, p.docs.length])),
          docs,
          scores,
        };
      });
      // Parts of a shard found corrupt by a later leaf are dropped from the earlier leaves too.
      const bad = new Set(corrupt.map((c) => c.shard));
      const answer = bad.size ? results.map((r) => withoutShards(r, bad)) : results;
      const transfer = answer.flatMap(
        (r) => [r.shards.buffer, r.docs.buffer, r.scores.buffer] as ArrayBuffer[],
      );
      parentPort?.postMessage({ job: req.job, ok: true, results: answer, corrupt }, transfer);
      return;
    }
  }
}

function withoutShards(
  r: { shards: Int32Array; docs: Int32Array; scores: Float64Array },
  bad: Set<number>,
): { shards: Int32Array; docs: Int32Array; scores: Float64Array } {
  const keep: number[] = [];
  const docs: number[] = [];
  const scores: number[] = [];
  let at = 0;
  for (let k = 0; k < r.shards.length; k += 3) {
    const n = r.shards[k + 2] as number;
    if (!bad.has(r.shards[k] as number)) {
      keep.push(r.shards[k] as number, r.shards[k + 1] as number, n);
      for (let i = at; i < at + n; i++) {
        docs.push(r.docs[i] as number);
        scores.push(r.scores[i] as number);
      }
    }
    at += n;
  }
  return { shards: Int32Array.from(keep), docs: Int32Array.from(docs), scores: Float64Array.from(scores) };
}

// Requests are handled one at a time, in order: a query posted after a build sees the new shard.
let chain: Promise<void> = Promise.resolve();
parentPort?.on('message', (req: Request) => {
  chain = chain.then(() =>
    handle(req).catch((e: unknown) =>
      parentPort?.postMessage({ job: req.job, ok: false, error: e instanceof Error ? e.message : String(e) }),
    ),
  );
});
