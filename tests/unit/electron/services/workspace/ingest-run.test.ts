import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ingestCached } from '../../../../../electron/services/ingest/cache';
import type { FileOutcome } from '../../../../../electron/services/ingest/types';
import { runIngest } from '../../../../../electron/services/workspace/ingest-run';
import type { IngestPool, IngestTask } from '../../../../../electron/services/workspace/pool';
import { tempDir } from '../../../../support/temp';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

const ARTICLE = 'Talks resume in Geneva\n\nGENEVA: Negotiators met again on Monday.\n';

/** A pool that deletes `victim` just before reading it: the walk listed it, the read finds nothing. */
function deletingPool(victim: string): IngestPool {
  const pool = {
    size: 1,
    async run(task: IngestTask): Promise<FileOutcome> {
      if (task.relPath === victim) await rm(task.absPath);
      return ingestCached(task.absPath, task.relPath, { maxBytes: task.maxBytes }, null);
    },
  };
  return pool as unknown as IngestPool;
}

describe('runIngest and files deleted mid-scan', () => {
  it('lists a file deleted after the walk as "deleted while reading" when opening a folder', async () => {
    const t = await tempDir('dossier-gone-');
    cleanups.push(t.cleanup);
    const found = ['a.txt', 'b.txt'].map((relPath) => ({ absPath: path.join(t.dir, relPath), relPath }));
    for (const f of found) await writeFile(f.absPath, ARTICLE);
    const options = { pool: deletingPool('b.txt'), maxBytes: 1e6, cacheDir: null, encodings: new Map() };
    const run = await runIngest(found, { ...options, listGone: true });
    expect([...run.files.keys()]).toEqual(['a.txt']);
    expect(run.gone).toEqual(['b.txt']);
    expect(run.skipped).toEqual([
      { path: 'b.txt', reason: 'deleted', detail: expect.stringMatching(/^deleted while reading/) },
    ]);
  });

  it('treats a deletion seen by a refresh as a removal, not a file to list', async () => {
    const t = await tempDir('dossier-gone-');
    cleanups.push(t.cleanup);
    const found = [{ absPath: path.join(t.dir, 'c.txt'), relPath: 'c.txt' }];
    await writeFile(found[0]!.absPath, ARTICLE);
    const run = await runIngest(found, {
      pool: deletingPool('c.txt'),
      maxBytes: 1e6,
      cacheDir: null,
      encodings: new Map(),
    });
    expect(run.gone).toEqual(['c.txt']);
    expect(run.skipped).toEqual([]);
  });
});
