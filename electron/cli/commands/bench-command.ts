import os from 'node:os';
import path from 'node:path';
import { runSearchBench } from '../../services/search/bench/run-bench';
import { UsageError, type CliIo } from '../io';
import type { Command } from './command';

/** `dossier bench [--sizes 10000,100000] [--seed N] [--baseline N]`: the search benchmark table. */
export const benchCommand: Command = {
  name: 'bench',
  usage: 'bench [--sizes 10000,100000] [--seed N] [--baseline N]',
  summary: 'generate seeded news corpora and print search index/query figures against targets',
  positionals: [],
  options: { sizes: { type: 'string' }, seed: { type: 'string' }, baseline: { type: 'string' } },
  async run({ options }, io: CliIo) {
    const sizes = String(options.sizes ?? '10000,100000')
      .split(',')
      .map(Number);
    if (sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 1_000_000))
      throw new UsageError('bench: --sizes takes whole numbers from 1 to 1000000, comma-separated.');
    await runSearchBench({
      sizes,
      seed: Number(options.seed ?? 1),
      baselineDocs: Number(options.baseline ?? 10000),
      workDir: path.join(os.tmpdir(), 'dossier-bench'),
      out: (line) => io.out(`${line}\n`),
    });
  },
};
