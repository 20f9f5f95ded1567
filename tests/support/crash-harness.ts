/**
 * Crash harness (RELIABILITY-ANCHORS.md fault matrix rows 1 and 3): runs tests/support/crash-child.ts in
 * a child process that saves annotations in a loop, SIGKILLs it at a random moment, then checks the
 * sidecar: it must parse, and hold every change whose save was acknowledged. Trials share one folder,
 * so each child also starts after a kill (stale lock, half-written temp files) — as a real restart does.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { AnnotationSchema } from '../../shared/model/annotation';
import { parseEnvelope } from '../../electron/services/sidecar/envelope';
import { SidecarStore } from '../../electron/services/sidecar/store';
import { REPO_ROOT } from './temp';

/** Figures of a run. */
export interface CrashStats {
  trials: number;
  /** Trials whose sidecar parsed and held every acknowledged change. */
  intact: number;
  /** Trials where the file did not parse (must be 0). */
  corrupt: number;
  /** Acknowledged changes missing after a kill (must be 0). */
  lost: number;
  /** Kills that landed before the child's first acknowledged save. */
  killedBeforeFirstAck: number;
  acknowledged: number;
  quitTrials: number;
  quitKept: number;
  /** Leftover temp files after the next successful save (cleaned by nobody: must not accumulate). */
  failures: string[];
}

/** Bundles the child once (esbuild, ~50 ms) so each trial starts a plain Node process quickly. */
export async function buildChild(outDir: string): Promise<string> {
  const outfile = path.join(outDir, 'crash-child.cjs');
  await build({
    entryPoints: [path.join(REPO_ROOT, 'tests', 'support', 'crash-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}

interface Expect {
  present: Map<string, string | null>; // id → expected note (null: any note)
  absent: Set<string>;
  /** Ids with a change begun but not acknowledged when the child died: old or new state both fine. */
  inFlight: Set<string>;
}

function runChild(
  child: string,
  args: string[],
  killAfterMs: number | null,
  onLine: (line: string) => void,
): Promise<void> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [child, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let buf = '';
    let timer: NodeJS.Timeout | null = null;
    p.stdout.on('data', (d: Buffer) => {
      buf += d.toString('utf8');
      let nl;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        if (line === 'ready' && killAfterMs !== null)
          timer = setTimeout(() => p.kill('SIGKILL'), killAfterMs);
        onLine(line);
      }
    });
    p.stderr.on('data', (d: Buffer) => process.stderr.write(d));
    p.on('close', () => {
      if (timer) clearTimeout(timer);
      resolve();
    });
  });
}

/** Runs `trials` kill trials plus `quitTrials` quit-right-after-edit trials in `dir`. */
export async function runCrashTrials(opts: {
  dir: string;
  trials: number;
  quitTrials: number;
  maxKillMs: number;
  seed: number;
}): Promise<CrashStats> {
  const child = await buildChild(opts.dir);
  const sidecar = path.join(opts.dir, '.dossier');
  const backups = path.join(opts.dir, 'backups');
  const stats: CrashStats = {
    trials: 0,
    intact: 0,
    corrupt: 0,
    lost: 0,
    killedBeforeFirstAck: 0,
    acknowledged: 0,
    quitTrials: 0,
    quitKept: 0,
    failures: [],
  };
  const expected: Expect = { present: new Map(), absent: new Set(), inFlight: new Set() };
  let seed = opts.seed;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  for (let t = 0; t < opts.trials; t++) {
    const kill = Math.floor(rnd() * opts.maxKillMs);
    let acks = 0;
    await runChild(child, [sidecar, backups, 'loop', String(t + opts.seed)], kill, (line) => {
      const [kind, op, id, ...rest] = line.split(' ');
      if (kind === 'begin' && id) expected.inFlight.add(id);
      if (kind !== 'ack' || !id) return;
      acks++;
      expected.inFlight.delete(id);
      if (op === 'remove') {
        expected.present.delete(id);
        expected.absent.add(id);
      } else expected.present.set(id, op === 'edit' ? rest.join(' ') : null);
    });
    stats.trials++;
    stats.acknowledged += acks;
    // Settle what the killed child left in flight to whatever is on disk now.
    await settleInFlight(sidecar, expected);
    if (acks === 0) stats.killedBeforeFirstAck++;
    const problem = await check(sidecar, expected);
    if (problem.corrupt) stats.corrupt++;
    stats.lost += problem.lost;
    if (!problem.corrupt && problem.lost === 0) stats.intact++;
    else stats.failures.push(`trial ${t} (kill at ${kill} ms): ${problem.detail}`);
  }
  for (let q = 0; q < opts.quitTrials; q++) {
    let acked: string | null = null;
    await runChild(child, [sidecar, backups, 'quit', String(q)], null, (line) => {
      const [kind, , id] = line.split(' ');
      if (kind === 'ack' && id) acked = id;
    });
    stats.quitTrials++;
    const store = new SidecarStore({ dir: sidecar, backupDir: backups });
    const col = await store.collection('annotations', AnnotationSchema, 1);
    if (acked && col.get(acked)) stats.quitKept++;
    else stats.failures.push(`quit trial ${q}: the edit made right before quitting is missing`);
  }
  return stats;
}

async function settleInFlight(sidecar: string, expected: Expect): Promise<void> {
  if (expected.inFlight.size === 0) return;
  const env = parseEnvelope(await readFile(path.join(sidecar, 'annotations.json'), 'utf8').catch(() => ''));
  for (const id of expected.inFlight) {
    const r = env?.records.find((x) => x.id === id);
    if (!r || r.deleted) {
      expected.present.delete(id);
      expected.absent.add(id);
    }
  }
  expected.inFlight.clear();
}

async function check(
  sidecar: string,
  expected: Expect,
): Promise<{ corrupt: boolean; lost: number; detail: string }> {
  const file = path.join(sidecar, 'annotations.json');
  const text = await readFile(file, 'utf8').catch(() => null);
  if (text === null) {
    const lost = expected.present.size;
    return { corrupt: false, lost, detail: lost ? 'file missing' : '' };
  }
  const env = parseEnvelope(text);
  if (!env) {
    const names = await readdir(sidecar);
    return { corrupt: true, lost: 0, detail: `annotations.json does not parse (${names.join(', ')})` };
  }
  const live = new Map(env.records.filter((r) => !r.deleted).map((r) => [r.id, r]));
  let lost = 0;
  const missing: string[] = [];
  for (const [id, note] of expected.present) {
    if (expected.inFlight.has(id)) continue;
    const r = live.get(id);
    const value = AnnotationSchema.safeParse(r?.value);
    // An acknowledged edit may have been followed by a later unacknowledged one: the note must be
    // the acknowledged one or a newer "edited" note, never an older one.
    if (!r || !value.success || (note !== null && !value.data.note.startsWith('edited'))) {
      lost++;
      missing.push(id);
    }
  }
  for (const id of expected.absent) {
    if (live.has(id)) {
      lost++;
      missing.push(`${id} (deleted, came back)`);
    }
  }
  return { corrupt: false, lost, detail: missing.length ? `missing ${missing.slice(0, 3).join(', ')}` : '' };
}
