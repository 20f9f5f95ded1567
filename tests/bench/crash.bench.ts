/**
 * `npm run bench -- --only crash`: ≥ 200 SIGKILL trials against the sidecar store (RELIABILITY-ANCHORS
 * fault matrix rows 1 and 3). Prints the figures; exits non-zero only if an acknowledged annotation was
 * lost or the file did not parse (correctness, not timing).
 */
import { tempDir } from '../support/temp';
import { runCrashTrials } from '../support/crash-harness';

const trials = Number(process.argv[2] ?? 200);

async function main(): Promise<void> {
  const t = await tempDir('dossier-crash-bench-');
  const started = performance.now();
  const s = await runCrashTrials({ dir: t.dir, trials, quitTrials: 20, maxKillMs: 400, seed: 20261123 });
  const secs = ((performance.now() - started) / 1000).toFixed(1);
  console.table({
    'kill trials': s.trials,
    'sidecar parsed and complete': s.intact,
    'corrupt files': s.corrupt,
    'acknowledged changes lost': s.lost,
    'acknowledged changes in total': s.acknowledged,
    'kills before the first ack': s.killedBeforeFirstAck,
    'quit-after-edit trials': s.quitTrials,
    'quit-after-edit kept': s.quitKept,
    seconds: Number(secs),
  });
  for (const f of s.failures.slice(0, 10)) console.error(f);
  await t.cleanup();
  if (s.corrupt > 0 || s.lost > 0 || s.quitKept !== s.quitTrials) process.exit(1);
}

void main();
