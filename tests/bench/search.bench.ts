// Search benchmark: `npm run bench -- --only search [--sizes 10000,100000] [--seed 1] [--baseline 10000]
// [--keep-cache]` (--keep-cache: reuse an earlier run's search cache, skip the cold index, measure warm).
// Prints figures and ratios against the targets; never fails on timing.
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runSearchBench } from '../../electron/services/search/bench/run-bench';

const { values } = parseArgs({
  args: process.argv.slice(2),
  strict: false,
  options: {
    sizes: { type: 'string' },
    seed: { type: 'string' },
    baseline: { type: 'string' },
    dir: { type: 'string' },
    'keep-cache': { type: 'boolean' },
  },
});
const sizes = String(values.sizes ?? '10000,100000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
void runSearchBench({
  sizes,
  seed: Number(values.seed ?? 1),
  baselineDocs: Number(values.baseline ?? 10000),
  keepCache: values['keep-cache'] === true,
  workDir: String(values.dir ?? path.join(os.tmpdir(), 'dossier-bench')),
  out: (line) => console.log(line),
}).then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
