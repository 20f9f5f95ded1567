/**
 * Files vanishing and changing mid-index (fault matrix row 14): `files` articles, and while
 * `Workspace.open` runs, a concurrent task deletes some and rewrites others (several versions each, plain
 * non-atomic writes as editors and sync tools do). Checks: the scan completes; every file is accounted for
 * (indexed, deleted or listed as `deleted`, or skipped as changed/empty while being rewritten); an indexed rewritten file holds one
 * whole version, never a torn mix; nothing else is skipped.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Workspace } from '../../electron/services/workspace/workspace';
import { ARTICLE } from './fixtures';

/** Figures of a run. */
export interface VanishStats {
  files: number;
  completed: boolean;
  indexed: number;
  deletedDuringScan: number;
  /** Deleted files the scan never read: listed as `deleted` in "Files not indexed", or gone before the walk. */
  vanishedBeforeRead: number;
  rewritten: number;
  mutations: number;
  /** Rewritten files indexed with a version that is not one of the whole versions written (must be 0). */
  torn: number;
  /** Rewritten files the scan re-queued or skipped because they kept changing. */
  changedSkips: number;
  accounted: number;
  unexpectedSkips: string[];
  ms: number;
  failures: string[];
}

const version = (i: number, v: number) =>
  `Story ${i} version ${v} headline words\n\n${ARTICLE}${'More text of this version. '.repeat(20 + v)}\nEND ${i}-${v}\n`;

/** Runs the scenario in this process (workers: the pool's default unless given). */
export async function runVanishScenario(opts: {
  root: string;
  files: number;
  mutate: number;
  workers?: number;
}): Promise<VanishStats> {
  await mkdir(opts.root, { recursive: true });
  const name = (i: number) => `batch-${Math.floor(i / 500)}/story-${i}.txt`;
  for (let b = 0; b * 500 < opts.files; b++)
    await mkdir(path.join(opts.root, `batch-${b}`), { recursive: true });
  for (let i = 0; i < opts.files; i += 250)
    await Promise.all(
      Array.from({ length: Math.min(250, opts.files - i) }, (_, k) =>
        writeFile(path.join(opts.root, name(i + k)), version(i + k, 0)),
      ),
    );
  // Every 5th of the first `mutate` × 5 files: even ones are deleted, odd ones rewritten.
  const targets = Array.from({ length: opts.mutate }, (_, k) => (k * 5 + 3) % opts.files);
  const deleted = new Set(targets.filter((_, k) => k % 2 === 0));
  const rewritten = new Set(targets.filter((_, k) => k % 2 === 1));
  let scanning = true;
  let mutations = 0;
  let started = false;
  const mutator = (async () => {
    while (!started) await new Promise((r) => setTimeout(r, 1));
    for (let round = 1; scanning && round <= 5; round++)
      for (const i of targets) {
        if (!scanning) break;
        if (deleted.has(i)) {
          if (round === 1) await rm(path.join(opts.root, name(i)), { force: true });
        } else await writeFile(path.join(opts.root, name(i)), version(i, round));
        mutations++;
        if (mutations % 20 === 0) await new Promise((r) => setImmediate(r));
      }
  })();
  const t0 = performance.now();
  let ws: Workspace | null = null;
  const failures: string[] = [];
  try {
    ws = await Workspace.open(
      opts.root,
      { location: 'folder', path: path.join(opts.root, '.dossier'), readOnly: false, reason: null },
      (p) => {
        if (p.phase === 'parse') started = true;
      },
      { cacheDir: null, ...(opts.workers !== undefined ? { workers: opts.workers } : {}) },
    );
  } catch (e) {
    failures.push(`workspace.open failed: ${e instanceof Error ? e.message : String(e)}`);
  }
  const ms = performance.now() - t0;
  scanning = false;
  started = true;
  await mutator;
  const stats: VanishStats = {
    files: opts.files,
    completed: ws !== null,
    indexed: ws?.files.size ?? 0,
    deletedDuringScan: deleted.size,
    vanishedBeforeRead: 0,
    rewritten: rewritten.size,
    mutations,
    torn: 0,
    changedSkips: 0,
    accounted: 0,
    unexpectedSkips: [],
    ms: Math.round(ms),
    failures,
  };
  if (!ws) return stats;
  const skipped = new Map(ws.report().files.skipped.map((s) => [s.path, s]));
  for (let i = 0; i < opts.files; i++) {
    const rel = name(i);
    const file = ws.files.get(rel);
    const skip = skipped.get(rel);
    if (file) {
      stats.accounted++;
      if (rewritten.has(i)) {
        const whole = Array.from({ length: 6 }, (_, v) => version(i, v)).some((t) => file.text === t);
        if (!whole) stats.torn++;
      }
    } else if (skip) {
      stats.accounted++;
      if (rewritten.has(i) && (skip.reason === 'changed' || skip.reason === 'empty')) stats.changedSkips++;
      else if (deleted.has(i) && skip.reason === 'deleted') stats.vanishedBeforeRead++;
      else stats.unexpectedSkips.push(`${rel}: ${skip.reason} (${skip.detail})`);
    } else if (deleted.has(i)) {
      stats.accounted++;
      stats.vanishedBeforeRead++;
    } else failures.push(`${rel} is neither indexed, skipped nor deleted`);
  }
  await ws.close();
  return stats;
}
