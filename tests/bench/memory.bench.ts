// Memory benchmark: `npm run bench -- --only memory [--sizes 5000,20000] [--seed 1] [--dir <work dir>]`.
// What each part of the services keeps on the services thread's heap once a folder is open: the heap in
// use after full collections, stage by stage (open, library listed, search index ready, entity model
// built, issue detections). The collector's pauses grow with what is kept there (docs/PERFORMANCE.md).
// Prints figures; never fails. The corpus and its parse cache are kept between runs.
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { LocalClient } from '../../electron/hosts/local/local-client';
import { generateCorpus } from './corpus/generate';
import { sizesArgs } from './corpus/sizes-args';

const { sizes, seed, workDir } = sizesArgs('5000,20000', 'dossier-bench-memory');

/** Heap in use after two full collections (the bench runs under `--expose-gc`). */
function heapMb(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('memory bench: run it with `npm run bench` (node --expose-gc)');
  gc();
  gc();
  return getHeapStatistics().used_heap_size / 1e6;
}

async function runSize(size: number): Promise<void> {
  const corpus = path.join(workDir, `corpus-${size}-${seed}`);
  if (!existsSync(corpus)) {
    await mkdir(corpus, { recursive: true });
    await generateCorpus(corpus, size, seed);
  }
  const dataDir = path.join(workDir, 'data');
  await rm(dataDir, { recursive: true, force: true });
  const rows: [string, number][] = [['before the folder opens', heapMb()]];
  const client = await LocalClient.create({
    dataDir,
    cacheDir: path.join(workDir, 'cache'),
    version: 'bench',
  });
  try {
    await client.call('workspace.open', { path: corpus });
    rows.push(['folder open (parsed files, copies)', heapMb()]);
    // As the library asks for it: pages until a short one.
    for (let offset = 0; ; offset += 10_000) {
      const page = await client.call('documents.list', { offset, limit: 10_000 });
      if (page.length < 10_000) break;
    }
    rows.push(['library listed', heapMb()]);
    await client.call('search.query', { query: 'Geneva', filters: [], limit: 5 });
    for (;;) {
      const status = await client.call('search.status', {});
      if (status.shards.ready === status.shards.total) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    rows.push(['search index ready (its shards live in workers)', heapMb()]);
    await client.call('entities.list', {});
    rows.push(['entity model built', heapMb()]);
    await client.call('issues.suggestions', { preview: 'all' });
    rows.push(['issue detections', heapMb()]);
  } finally {
    await client.close();
  }
  console.log(`\n| ${size} articles | heap in use | added by this stage |`);
  console.log('| --- | --- | --- |');
  rows.forEach(([stage, mb], i) => {
    const added = i === 0 ? '—' : `${(mb - (rows[i - 1]?.[1] ?? 0)).toFixed(0)} MB`;
    console.log(`| ${stage} | ${mb.toFixed(0)} MB | ${added} |`);
  });
}

async function main(): Promise<void> {
  console.log(`memory: sizes ${sizes.join(', ')}, seed ${seed}, work dir ${workDir}`);
  for (const size of sizes) await runSize(size);
}

void main();
