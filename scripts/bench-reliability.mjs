// `npm run bench:reliability [-- --only <scenario>]`: runs the long forms of the reliability scenarios
// (tests/reliability/bench-scenarios.ts), each in its own Node process, and writes their figures into
// docs/RELIABILITY.md between the `figures` markers (the rest of that file is written by hand).
// Exits non-zero when any row lost data or missed its expected outcome (correctness, never timing).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const doc = path.join(root, 'docs', 'RELIABILITY.md');
const START = '<!-- figures:start (written by npm run bench:reliability) -->';
const END = '<!-- figures:end -->';
const ALL = ['kill-save', 'kill-migration', 'save-faults', 'corrupt', 'vanish', 'big-inputs', 'pdf', 'deep'];

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1]?.split(',') : undefined;
const scenarios = ALL.filter((s) => !only || only.includes(s));

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model?.trim() ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${os.platform()} ${os.release()}, Node ${process.version}`;
console.log(`Dossier reliability bench — ${machine}`);

// Rows already in the document survive a partial (--only) run.
const previous = new Map();
if (existsSync(doc)) {
  const m = /<!-- rows (.*) -->/.exec(readFileSync(doc, 'utf8'));
  if (m) for (const [k, v] of Object.entries(JSON.parse(m[1]))) previous.set(k, v);
}

let failed = 0;
for (const name of scenarios) {
  const started = Date.now();
  console.log(`\n=== ${name}`);
  const r = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', path.join('tests', 'reliability', 'bench-main.ts'), name],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 2 ** 20, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const line = (r.stdout ?? '').split('\n').find((l) => l.startsWith('ROWS '));
  if (r.status !== 0 || !line) {
    console.error(`${name}: the scenario did not finish (exit ${r.status})`);
    failed++;
    continue;
  }
  const rows = JSON.parse(line.slice(5));
  previous.set(name, { rows, at: new Date().toISOString(), machine });
  for (const row of rows) {
    console.log(
      `${row.ok && !row.lost ? 'ok  ' : 'FAIL'} ${row.name}: ${row.outcome}; lost ${row.lost ?? '—'}; peak RSS ${row.peakRssMb} MB; loop delay max ${row.eldMaxMs} ms p99 ${row.eldP99Ms} ms`,
    );
    if (!row.ok || row.lost) failed++;
  }
  console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const lines = [
  START,
  '',
  '| Fault / input | Trials | Outcome | Data lost | Peak RSS | Event loop blocked (max / p99) | Measured in | Result |',
  '|---|---:|---|---:|---:|---|---|---|',
];
const machines = new Map();
for (const name of ALL) {
  const entry = previous.get(name);
  if (!entry) continue;
  const at = `${entry.at.slice(0, 16).replace('T', ' ')} UTC`;
  machines.set(entry.machine, [...(machines.get(entry.machine) ?? []), at].sort());
  for (const row of entry.rows)
    lines.push(
      `| ${cell(row.name)} | ${row.trials} | ${cell(row.outcome)} | ${row.lost ?? '—'} | ${row.peakRssMb} MB | ${row.eldMaxMs === 0 && row.eldP99Ms === 0 ? '—' : `${row.eldMaxMs} / ${row.eldP99Ms} ms`} | ${cell(row.measuredIn)} | ${row.ok && !row.lost ? 'pass' : '**FAIL**'} |`,
    );
}
const runs = [...machines].map(
  ([m, ats]) => `${m} (scenarios run between ${ats[0]} and ${ats[ats.length - 1]})`,
);
lines.push(
  '',
  `Machine: ${runs.join('; ')}.`,
  '',
  `<!-- rows ${JSON.stringify(Object.fromEntries(previous))} -->`,
  END,
);

let text = existsSync(doc) ? readFileSync(doc, 'utf8') : `# Reliability\n\n## Figures\n\n${START}\n${END}\n`;
const a = text.indexOf(START);
const b = text.indexOf(END);
text =
  a >= 0 && b > a
    ? text.slice(0, a) + lines.join('\n') + text.slice(b + END.length)
    : `${text}\n${lines.join('\n')}\n`;
writeFileSync(doc, text);
console.log(`\nwrote ${path.relative(root, doc)}`);
if (failed) {
  console.error(`${failed} row(s) lost data or missed their expected outcome`);
  process.exit(1);
}
