import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

/**
 * The arguments of the benches that run over generated folders of several sizes:
 * `--sizes 5000,20000` (defaults given), `--seed 1`, `--dir <work dir>` (default under the OS temp dir).
 */
export function sizesArgs(
  defaultSizes: string,
  workDirName: string,
): { sizes: number[]; seed: number; workDir: string } {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    strict: false,
    options: { sizes: { type: 'string' }, seed: { type: 'string' }, dir: { type: 'string' } },
  });
  return {
    sizes: String(values.sizes ?? defaultSizes)
      .split(',')
      .map(Number)
      .filter((n) => n > 0),
    seed: Number(values.seed ?? 1),
    workDir: String(values.dir ?? path.join(os.tmpdir(), workDirName)),
  };
}
