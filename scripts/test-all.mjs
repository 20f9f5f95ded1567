// `npm test`: the one gate. Runs everything CI runs, in order, and ends with the line CI reads:
//   N passed, N failed, N skipped
// computed from the runners' JSON reports (reports/unit.json, reports/e2e.json); every failed non-test
// step (format, lint, typecheck, builder config, build) counts as one failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
process.chdir(root);
rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });

const steps = [
  ['format', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']],
  ['lint + layer rules', 'npx', ['eslint', '--max-warnings', '0', '.']],
  ['typecheck', 'npm', ['run', '-s', 'typecheck']],
  ['electron-builder config', 'node', ['scripts/validate-builder-config.cjs']],
  ['electronegativity', 'node', ['scripts/electronegativity-gate.mjs']],
  ['build', 'npm', ['run', '-s', 'build']],
];
const failedSteps = [];
for (const [name, cmd, args] of steps) {
  const started = Date.now();
  console.log(`\n::: ${name}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  console.log(
    `::: ${name}: ${r.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  if (r.status !== 0) failedSteps.push(name);
}

console.log('\n::: unit and contract tests');
spawnSync('npx', ['vitest', 'run'], { stdio: 'inherit' });
console.log('\n::: e2e tests (serve + Chromium)');
spawnSync('npx', ['playwright', 'test'], { stdio: 'inherit' });

let passed = 0;
let failed = failedSteps.length;
let skipped = 0;
const read = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    console.log(`missing or unreadable report: ${file}`);
    failed += 1;
    return null;
  }
};
const unit = read('reports/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + unit.numTodoTests;
  // A suite that fails to load has no failed tests of its own: count it.
  if (unit.numFailedTestSuites > 0 && unit.numFailedTests === 0) failed += unit.numFailedTestSuites;
}
const e2e = read('reports/e2e.json');
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected + (e2e.errors ?? []).length;
  skipped += e2e.stats.skipped;
}
if (failedSteps.length) console.log(`\nfailed steps: ${failedSteps.join(', ')}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
