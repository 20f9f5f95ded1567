import { parentPort } from 'node:worker_threads';
import type { IndexInput } from '../services/search/docs';
import { buildShard } from '../services/search/shard-build';

/** A build request: index `docs` as shard `shard`. */
interface BuildRequest {
  job: number;
  docs: IndexInput[];
}

// Builds lunr shards off the main thread. The reply carries the serialised index as a JSON string: the
// main thread writes it to the cache as is and parses it once.
parentPort?.on('message', (req: BuildRequest) => {
  try {
    const built = buildShard(req.docs);
    parentPort?.postMessage({ job: req.job, ok: true, json: JSON.stringify(built) });
  } catch (e) {
    parentPort?.postMessage({ job: req.job, ok: false, error: e instanceof Error ? e.message : String(e) });
  }
});
