// `npm run bench [-- --only <name>] [-- <args for the benches>]`: runs every tests/bench/*.bench.ts in
// its own Node process (so one bench's heap never skews another's RSS) and prints their tables.
// Benches print figures and ratios against targets; they never fail a build on timing.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args.splice(onlyAt, 2)[1] : undefined;
const benches = readdirSync(path.join(root, 'tests', 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only || f.startsWith(only))
  .sort();

console.log(
  `Dossier benchmarks — ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`,
);
let failed = 0;
for (const file of benches) {
  console.log(`\n=== ${file.replace(/\.bench\.ts$/, '')} ===`);
  const r = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', path.join('tests', 'bench', file), ...args],
    { cwd: root, stdio: 'inherit' },
  );
  if (r.status !== 0) failed++;
}
if (failed) {
  console.error(`\n${failed} bench(es) could not run to the end`);
  process.exit(1);
}
