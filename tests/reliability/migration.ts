/**
 * Kill during schema migration (RELIABILITY-ANCHORS fault matrix row 2). Each trial writes a schema-1
 * sidecar, starts a child whose code expects schema 2 (so opening migrates: backup → migrate → atomic
 * write), SIGKILLs it at a random moment of the migration, then checks: the file parses and is either
 * byte-for-byte the old one or wholly migrated, never half; when migrated, a backup of the original exists;
 * and the next open migrates (or keeps) it to exactly the expected records.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { listBackups } from '../../electron/services/sidecar/backups';
import { parseEnvelope, serializeEnvelope, SIDECAR_FORMAT } from '../../electron/services/sidecar/envelope';
import { SidecarStore } from '../../electron/services/sidecar/store';
import { bundleChild, runChild } from './child-process';
import { MIGRATIONS, NoteV2 } from './migration-schema';

/** Figures of a run. */
export interface MigrationStats {
  trials: number;
  /** Killed before the migrated file was written: the schema-1 file was intact, byte for byte. */
  oldIntact: number;
  /** The migration finished before the kill: schema 2, every record migrated, backup present. */
  migrated: number;
  /** Files that were neither intact nor wholly migrated (must be 0). */
  half: number;
  /** Trials whose migrated file had no backup of the original (must be 0). */
  noBackup: number;
  /** Trials where the next open did not yield exactly the migrated records (must be 0). */
  reopenFailed: number;
  /** Records lost across all trials (must be 0). */
  lost: number;
  /** Kills that landed after the backup was written but before the migrated file. */
  killedAfterBackup: number;
  /** Duration of one uninterrupted migration in the child (ms), which sets the kill window. */
  migrationMs: number;
  records: number;
  failures: string[];
}

function oldFile(records: number): string {
  const at = '2026-01-01T00:00:00.000Z';
  return serializeEnvelope({
    format: SIDECAR_FORMAT,
    collection: 'notes',
    schemaVersion: 1,
    savedAt: at,
    records: Array.from({ length: records }, (_, i) => ({
      id: `n${String(i).padStart(6, '0')}`,
      rev: 1,
      updatedAt: at,
      writer: 'old-version',
      value: { id: `n${String(i).padStart(6, '0')}`, body: `note ${i} ${'words of a note '.repeat(i % 17)}` },
    })),
  });
}

/** Runs `trials` migration kills under `base` with `records` notes per file. */
export async function runMigrationKills(opts: {
  base: string;
  trials: number;
  records: number;
  seed: number;
}): Promise<MigrationStats> {
  const child = await bundleChild('migration-child', opts.base);
  const original = oldFile(opts.records);
  const expected = new Map(
    parseEnvelope(original)!.records.map((r) => [r.id, JSON.stringify(MIGRATIONS[1]!(r.value))]),
  );
  const stats: MigrationStats = {
    trials: 0,
    oldIntact: 0,
    migrated: 0,
    half: 0,
    noBackup: 0,
    reopenFailed: 0,
    lost: 0,
    killedAfterBackup: 0,
    migrationMs: 0,
    records: opts.records,
    failures: [],
  };
  const setUp = async (name: string) => {
    const dir = path.join(opts.base, name);
    await rm(dir, { recursive: true, force: true });
    await mkdir(path.join(dir, '.dossier'), { recursive: true });
    await writeFile(path.join(dir, '.dossier', 'notes.json'), original);
    return { dir, sidecar: path.join(dir, '.dossier'), backups: path.join(dir, 'backups') };
  };
  // One uninterrupted run sets the kill window to the migration's real duration on this machine.
  const probe = await setUp('probe');
  const run = await runChild([child, probe.sidecar, probe.backups], { cue: 'opening' });
  if (!run.lines.includes('migrated')) throw new Error(`migration child failed: ${run.stderr}`);
  stats.migrationMs = Math.round(run.msAfterCue ?? 0);
  let seed = opts.seed;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  for (let t = 0; t < opts.trials; t++) {
    const trial = await setUp(`t${t}`);
    // Up to twice the probe's duration: early kills hit the backup, late ones the write or land after it.
    const killAt = Math.floor(rnd() * (stats.migrationMs * 2 + 5));
    await runChild([child, trial.sidecar, trial.backups], { cue: 'opening', killAfterMs: killAt });
    stats.trials++;
    const problem = await check(trial, original, expected);
    Object.assign(stats, {
      oldIntact: stats.oldIntact + (problem.state === 'old' ? 1 : 0),
      migrated: stats.migrated + (problem.state === 'migrated' ? 1 : 0),
      half: stats.half + (problem.state === 'half' ? 1 : 0),
      noBackup: stats.noBackup + (problem.noBackup ? 1 : 0),
      killedAfterBackup: stats.killedAfterBackup + (problem.state === 'old' && problem.backups > 0 ? 1 : 0),
      reopenFailed: stats.reopenFailed + (problem.reopenLost > 0 ? 1 : 0),
      lost: stats.lost + problem.reopenLost,
    });
    if (problem.detail) stats.failures.push(`trial ${t} (kill at ${killAt} ms): ${problem.detail}`);
    await rm(trial.dir, { recursive: true, force: true });
  }
  await rm(probe.dir, { recursive: true, force: true });
  return stats;
}

async function check(
  trial: { sidecar: string; backups: string },
  original: string,
  expected: Map<string, string>,
): Promise<{
  state: 'old' | 'migrated' | 'half';
  noBackup: boolean;
  backups: number;
  reopenLost: number;
  detail: string;
}> {
  const file = path.join(trial.sidecar, 'notes.json');
  const text = await readFile(file, 'utf8').catch(() => '');
  const backups = await listBackups(trial.backups, 'notes.v1');
  const goodBackup = backups.length > 0 && (await readFile(backups[0]!, 'utf8')) === original;
  let state: 'old' | 'migrated' | 'half' = 'half';
  if (text === original) state = 'old';
  else {
    const env = parseEnvelope(text);
    if (
      env?.schemaVersion === 2 &&
      env.records.length === expected.size &&
      env.records.every((r) => expected.get(r.id) === JSON.stringify(r.value))
    )
      state = 'migrated';
  }
  const names = await readdir(trial.sidecar);
  const details: string[] = [];
  if (state === 'half')
    details.push(`notes.json is neither the old file nor fully migrated (${names.join(', ')})`);
  const noBackup = state === 'migrated' && !goodBackup;
  if (noBackup) details.push('migrated without a byte-identical backup of the original');
  // The next open (this process, schema-2 code) must end with exactly the migrated records.
  let reopenLost = expected.size;
  try {
    const col = await new SidecarStore({ dir: trial.sidecar, backupDir: trial.backups }).collection(
      'notes',
      NoteV2,
      2,
      MIGRATIONS,
    );
    const all = col.all();
    reopenLost = [...expected].filter(([id, v]) => JSON.stringify(col.get(id)) !== v).length;
    const after = parseEnvelope(await readFile(file, 'utf8'));
    if (after?.schemaVersion !== 2) details.push('the next open did not write schema 2');
    if (all.length !== expected.size)
      details.push(`the next open holds ${all.length} of ${expected.size} notes`);
    if ((await listBackups(trial.backups, 'notes.v1')).length === 0)
      details.push('no backup after the next open');
  } catch (e) {
    details.push(`the next open failed: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (reopenLost > 0) details.push(`${reopenLost} notes missing or wrong after the next open`);
  return { state, noBackup, backups: backups.length, reopenLost, detail: details.join('; ') };
}
