import { parentPort } from 'node:worker_threads';
import { z } from 'zod';
import { ingestCached } from '../services/ingest/cache';

// One file per message: read, decode, extract, parse (through the parse cache). The pool in
// services/workspace/pool.ts sends tasks and terminates this worker if a file exceeds the time limit.
const TaskSchema = z.object({
  id: z.number(),
  absPath: z.string(),
  relPath: z.string(),
  maxBytes: z.number(),
  encodingOverride: z.string().nullable(),
  cacheDir: z.string().nullable(),
});

parentPort?.on('message', (message: unknown) => {
  const task = TaskSchema.safeParse(message);
  if (!task.success) return;
  const { id, absPath, relPath, maxBytes, encodingOverride, cacheDir } = task.data;
  ingestCached(absPath, relPath, { maxBytes, encodingOverride: encodingOverride ?? undefined }, cacheDir)
    .then((outcome) => parentPort?.postMessage({ id, outcome }))
    .catch((e: unknown) =>
      parentPort?.postMessage({
        id,
        outcome: { kind: 'skipped', skipped: { path: relPath, reason: 'parse-error', detail: String(e) } },
      }),
    );
});
