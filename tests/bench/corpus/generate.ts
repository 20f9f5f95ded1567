/**
 * Seeded generator of realistic news corpora for benchmarks: `generateCorpus(dir, count, seed)`.
 * The implementation lives with search (electron/services/search/bench/corpus.ts) so that
 * `dossier bench` can use it too. CLI: `npx tsx tests/bench/corpus/generate.ts <dir> <count> [seed]`.
 */
import { generateCorpus } from '../../../electron/services/search/bench/corpus';

export { generateCorpus };

if (process.argv[1] && /generate\.ts$/.test(process.argv[1])) {
  const [dir, count, seed] = process.argv.slice(2);
  if (!dir || !count) {
    console.error('usage: tsx tests/bench/corpus/generate.ts <dir> <count> [seed]');
    process.exit(1);
  }
  void generateCorpus(dir, Number(count), seed ? Number(seed) : 1).then((r) =>
    console.log(`${r.files} files, ${(r.bytes / 1e6).toFixed(1)} MB`),
  );
}
