import { parentPort } from 'node:worker_threads';

// The smallest worker: proves the spawn path works bundled and from source (tests/unit/electron/workers).
parentPort?.on('message', (message: unknown) => parentPort?.postMessage({ echo: message }));
