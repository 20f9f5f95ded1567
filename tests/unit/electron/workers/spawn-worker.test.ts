import { describe, expect, it } from 'vitest';
import { spawnWorker } from '../../../../electron/workers/spawn-worker';

describe('spawnWorker', () => {
  it('runs a TypeScript worker from source and answers messages', async () => {
    const worker = spawnWorker('echo');
    const reply = await new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.postMessage({ ping: 1 });
    });
    await worker.terminate();
    expect(reply).toEqual({ echo: { ping: 1 } });
  });
});
