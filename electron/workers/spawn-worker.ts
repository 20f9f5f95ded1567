import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts `electron/workers/<name>.worker.ts`. Bundled (dist/electron/main.cjs, dist/cli/dossier.cjs) the
 * worker is the sibling file dist/workers/<name>.cjs; run from source (tests, tsx) the TypeScript entry is
 * loaded through tsx. The main thread never parses or indexes: it only posts messages.
 */
export function spawnWorker(name: string, options: WorkerOptions = {}): Worker {
  const bundled = path.resolve(__dirname, '..', 'workers', `${name}.cjs`);
  if (__filename.endsWith('.cjs') && existsSync(bundled)) return new Worker(bundled, options);
  // From source: register tsx's CommonJS hook inside the worker, then load the TypeScript entry.
  const source = path.resolve(__dirname, `${name}.worker.ts`);
  const bootstrap = `require('tsx/cjs'); require(${JSON.stringify(source)});`;
  return new Worker(bootstrap, { ...options, eval: true });
}
