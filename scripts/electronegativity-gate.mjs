// Runs Electronegativity on the Electron shell and fails on any finding not waived, with a reason, in
// security/electronegativity-waivers.json. Electronegativity itself always exits 0, so this parses its
// SARIF output. It tries to fetch release data and translations; offline those lookups just time out.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const electronVersion = JSON.parse(
  readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version;
const { waivers } = JSON.parse(
  readFileSync(path.join(root, 'security', 'electronegativity-waivers.json'), 'utf8'),
);
const scan = mkdtempSync(path.join(os.tmpdir(), 'dossier-eneg-'));
try {
  for (const dir of ['electron/main', 'electron/preload', 'electron/hosts/ipc'])
    cpSync(path.join(root, dir), path.join(scan, path.basename(dir)), { recursive: true });
  // The renderer page carries the CSP meta tag the CSP check looks for.
  cpSync(path.join(root, 'renderer', 'index.html'), path.join(scan, 'index.html'));
  const report = path.join(scan, 'report.sarif');
  const r = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js'),
      '-i',
      scan,
      '-e',
      electronVersion,
      '-r',
      '-o',
      report,
    ],
    { encoding: 'utf8' },
  );
  let sarif;
  try {
    sarif = JSON.parse(readFileSync(report, 'utf8'));
  } catch {
    console.error(`electronegativity produced no report:\n${r.stdout}\n${r.stderr}`);
    process.exit(1);
  }
  const findings = sarif.runs
    .flatMap((run) => run.results)
    .map((x) => ({
      rule: x.ruleId,
      level: x.level,
      file: x.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '',
      line: x.locations?.[0]?.physicalLocation?.region?.startLine ?? 0,
      message: x.message?.text ?? '',
    }));
  const isWaived = (f) =>
    waivers.some(
      (w) =>
        w.rule === f.rule && f.file.endsWith(w.file) && typeof w.reason === 'string' && w.reason.length > 20,
    );
  const open = findings.filter((f) => !isWaived(f));
  const stale = waivers.filter((w) => !findings.some((f) => f.rule === w.rule && f.file.endsWith(w.file)));
  for (const f of findings)
    console.log(
      `${isWaived(f) ? 'waived' : 'FINDING'}  ${f.rule} (${f.level}) ${f.file}:${f.line} — ${f.message.slice(0, 120)}`,
    );
  for (const w of stale)
    console.log(`note: waiver ${w.rule} for ${w.file} no longer matches a finding; remove it`);
  console.log(
    `electronegativity ${electronVersion}: ${findings.length} findings, ${findings.length - open.length} waived, ${open.length} open`,
  );
  process.exit(open.length > 0 ? 1 : 0);
} finally {
  rmSync(scan, { recursive: true, force: true });
}
