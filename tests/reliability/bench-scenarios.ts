/**
 * Long forms of the reliability scenarios for `npm run bench:reliability`. Each scenario runs in its own
 * process (scripts/bench-reliability.mjs starts `bench-main.ts <name>`), so its peak RSS and event-loop
 * delay are its own; ingest scenarios report the figures of the child that ran the scan.
 */
import { writeFile, mkdir, readFile, readdir, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { z } from 'zod';
import { writeFileAtomic } from '../../electron/services/fs/atomic-write';
import { SidecarStore } from '../../electron/services/sidecar/store';
import { runCrashTrials } from '../support/crash-harness';
import { tempDir } from '../support/temp';
import { ARTICLE, deepTree, pdfWithJavaScript, singleLine, slowPdf, sparseFile, zipBomb } from './fixtures';
import { ingestInChild, rssGrowthMb, type IngestChildResult } from './ingest';
import { runMigrationKills } from './migration';
import { runVanishScenario } from './vanish';

/** One row of docs/RELIABILITY.md. */
export interface Row {
  name: string;
  trials: number;
  outcome: string;
  /** Acknowledged data lost (must be 0); null where the row stores nothing. */
  lost: number | null;
  peakRssMb: number;
  eldMaxMs: number;
  eldP99Ms: number;
  /** Which process the memory and delay figures are from. */
  measuredIn: string;
  seconds: number;
  ok: boolean;
}

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
const round = (n: number) => Math.round(n * 10) / 10;

/** Runs `body` with the event-loop delay monitor on and returns its figures for this process. */
async function measured<T>(
  body: () => Promise<T>,
): Promise<{ value: T; eldMaxMs: number; eldP99Ms: number; peakRssMb: number; seconds: number }> {
  const eld = monitorEventLoopDelay({ resolution: 10 });
  eld.enable();
  const t0 = performance.now();
  const value = await body();
  eld.disable();
  return {
    value,
    eldMaxMs: round(eld.max / 1e6),
    eldP99Ms: round(eld.percentile(99) / 1e6),
    peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
    seconds: round((performance.now() - t0) / 1000),
  };
}

function fromChild(name: string, r: IngestChildResult, outcome: string, ok: boolean, seconds: number): Row {
  return {
    name,
    trials: 1,
    outcome,
    lost: null,
    peakRssMb: mb(r.peakRss),
    eldMaxMs: round(r.eldMaxMs),
    eldP99Ms: round(r.eldP99Ms),
    measuredIn: `scan process (RSS +${Math.round(rssGrowthMb(r))} MB during the scan)`,
    seconds,
    ok,
  };
}

const Note = z.object({ id: z.string(), text: z.string() });

async function withTemp<T>(prefix: string, body: (dir: string) => Promise<T>): Promise<T> {
  const t = await tempDir(prefix);
  try {
    return await body(t.dir);
  } finally {
    await t.cleanup();
  }
}

async function folderWithArticles(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'a-ok.txt'), ARTICLE);
  await writeFile(path.join(dir, 'z-ok.txt'), ARTICLE);
  return dir;
}

const skipOf = (r: IngestChildResult, p: string) => r.skipped.find((s) => s.path === p);

/** Every scenario by name. */
export const SCENARIOS: Record<string, () => Promise<Row[]>> = {
  async 'kill-save'() {
    const kills = await withTemp('dossier-bench-kill-', (dir) =>
      runCrashTrials({ dir, trials: 200, quitTrials: 20, maxKillMs: 400, seed: 20261123 }),
    );
    // The save path's own cost, measured where it runs: 500 acknowledged saves of a 500-record collection.
    const saves = await withTemp('dossier-bench-save-', (dir) =>
      measured(async () => {
        const col = await new SidecarStore({ dir, backupDir: path.join(dir, 'b') }).collection(
          'notes',
          Note,
          1,
        );
        for (let i = 0; i < 500; i++) await col.put({ id: `n${i}`, text: `note ${i} `.repeat(40) });
        return col.all().length;
      }),
    );
    return [
      {
        name: 'kill -9 during save (annotations sidecar)',
        trials: kills.trials + kills.quitTrials,
        outcome: `${kills.intact}/${kills.trials} parsed and complete, ${kills.corrupt} corrupt; ${kills.acknowledged} acknowledged changes checked; ${kills.killedBeforeFirstAck} kills before the first ack; quit right after an edit kept ${kills.quitKept}/${kills.quitTrials}`,
        lost: kills.lost + (kills.quitTrials - kills.quitKept),
        peakRssMb: saves.peakRssMb,
        eldMaxMs: saves.eldMaxMs,
        eldP99Ms: saves.eldP99Ms,
        measuredIn: `saving process (500 acknowledged saves, ${saves.seconds} s)`,
        seconds: saves.seconds,
        ok:
          kills.corrupt === 0 &&
          kills.lost === 0 &&
          kills.quitKept === kills.quitTrials &&
          saves.value === 500,
      },
    ];
  },

  async 'kill-migration'() {
    const s = await withTemp('dossier-bench-migrate-', (base) =>
      runMigrationKills({ base, trials: 60, records: 5000, seed: 20261123 }),
    );
    // One uninterrupted migration of the same file, measured in this process.
    const one = await withTemp('dossier-bench-migrate-one-', async (base) => {
      const stats = await runMigrationKills({ base, trials: 0, records: 5000, seed: 1 });
      return stats.migrationMs;
    });
    return [
      {
        name: 'kill -9 during sidecar schema migration (5,000 records)',
        trials: s.trials,
        outcome: `old file intact ${s.oldIntact} (of which ${s.killedAfterBackup} after the backup was written), fully migrated ${s.migrated}, half-migrated ${s.half}, migrated without backup ${s.noBackup}, next open failed ${s.reopenFailed}; one migration takes ${one} ms in the child`,
        lost: s.lost,
        peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
        eldMaxMs: 0,
        eldP99Ms: 0,
        measuredIn: 'harness process (the migrating child is killed; its delay is not observable)',
        seconds: 0,
        ok: s.half === 0 && s.noBackup === 0 && s.reopenFailed === 0 && s.lost === 0,
      },
    ];
  },

  async 'save-faults'() {
    const rows: Row[] = [];
    for (const code of ['ENOSPC', 'EACCES', 'EBUSY'] as const) {
      const r = await withTemp('dossier-bench-faults-', (dir) =>
        measured(async () => {
          const good = await new SidecarStore({ dir, backupDir: path.join(dir, 'b') }).collection(
            'notes',
            Note,
            1,
          );
          await good.put({ id: 'seed', text: 'saved before the fault' });
          const file = path.join(dir, 'notes.json');
          const before = { bytes: await readFile(file, 'utf8'), mtimeMs: (await stat(file)).mtimeMs };
          let untouched = 0;
          let kept = 0;
          let clear = 0;
          // EACCES and EBUSY are retried with backoff (~1.2 s a save), so fewer trials.
          const trials = code === 'ENOSPC' ? 100 : 20;
          for (let i = 0; i < trials; i++) {
            const fail = async () => {
              throw Object.assign(new Error(code), { code });
            };
            const col = await new SidecarStore({
              dir,
              backupDir: path.join(dir, 'b'),
              fs: { rename: fail as typeof rename },
            }).collection('notes', Note, 1);
            const err = await col.put({ id: `e${i}`, text: 'edit' }).then(
              () => null,
              (e: unknown) => (e instanceof Error ? e.message : String(e)),
            );
            if (err && /not changed|no permission|kept in memory|try again/i.test(err)) clear++;
            if (col.get(`e${i}`) && col.status().unsaved === 1) kept++;
            const now = { bytes: await readFile(file, 'utf8'), mtimeMs: (await stat(file)).mtimeMs };
            if (now.bytes === before.bytes && now.mtimeMs === before.mtimeMs) untouched++;
          }
          const temps = (await readdir(dir)).filter((n) => n.endsWith('.tmp')).length;
          return { trials, untouched, kept, clear, temps };
        }),
      );
      const v = r.value;
      rows.push({
        name: `${code} on every save${code === 'EBUSY' ? ' (beyond the 6 rename retries)' : ''}`,
        trials: v.trials,
        outcome: `clear error ${v.clear}/${v.trials}, edit kept in memory ${v.kept}/${v.trials}, old file bytes and mtime untouched ${v.untouched}/${v.trials}, temp files left ${v.temps}`,
        lost: v.trials - v.kept,
        peakRssMb: r.peakRssMb,
        eldMaxMs: r.eldMaxMs,
        eldP99Ms: r.eldP99Ms,
        measuredIn: 'saving process',
        seconds: r.seconds,
        ok: v.clear === v.trials && v.kept === v.trials && v.untouched === v.trials && v.temps === 0,
      });
    }
    const retried = await withTemp('dossier-bench-retry-', (dir) =>
      measured(async () => {
        let ok = 0;
        for (let i = 0; i < 50; i++) {
          let calls = 0;
          const flaky = async (a: string, b: string) => {
            if (++calls <= 1 + (i % 4))
              throw Object.assign(new Error('busy'), { code: i % 2 ? 'EBUSY' : 'EPERM' });
            return rename(a, b);
          };
          await writeFileAtomic(path.join(dir, 'f.json'), `v${i}`, { rename: flaky as typeof rename });
          if ((await readFile(path.join(dir, 'f.json'), 'utf8')) === `v${i}`) ok++;
        }
        return ok;
      }),
    );
    rows.push({
      name: 'rename EPERM/EBUSY 1-4 times, then free',
      trials: 50,
      outcome: `saved after retries with backoff ${retried.value}/50`,
      lost: 50 - retried.value,
      peakRssMb: retried.peakRssMb,
      eldMaxMs: retried.eldMaxMs,
      eldP99Ms: retried.eldP99Ms,
      measuredIn: 'saving process',
      seconds: retried.seconds,
      ok: retried.value === 50,
    });
    return rows;
  },

  async corrupt() {
    const shapes: Record<string, (good: string) => string> = {
      truncated: (g) => g.slice(0, Math.floor(g.length / 2)),
      garbage: () => '\u0000\u0001 garbage',
      empty: () => '',
    };
    const r = await withTemp('dossier-bench-corrupt-', (base) =>
      measured(async () => {
        let restored = 0;
        let quarantined = 0;
        let told = 0;
        let trials = 0;
        let lost = 0;
        for (let i = 0; i < 30; i++)
          for (const [shape, damage] of Object.entries(shapes)) {
            trials++;
            const dir = path.join(base, `${shape}-${i}`);
            const open = () =>
              new SidecarStore({ dir, backupDir: path.join(dir, 'b') }).collection('notes', Note, 1);
            const col = await open();
            const records = Array.from({ length: 50 }, (_, k) => ({ id: `n${k}`, text: `note ${k}` }));
            await col.putMany(records);
            await writeFile(
              path.join(dir, 'notes.json'),
              damage(await readFile(path.join(dir, 'notes.json'), 'utf8')),
            );
            const again = await open();
            if (again.all().length === 50) restored++;
            else lost += 50 - again.all().length;
            if ((await readdir(dir)).some((n) => /^notes\.json\.corrupt-/.test(n))) quarantined++;
            if (/damaged.*Restored/.test(again.status().message ?? '')) told++;
          }
        let newerUntouched = 0;
        for (let i = 0; i < 30; i++) {
          const dir = path.join(base, `newer-${i}`);
          const future = await new SidecarStore({ dir, backupDir: path.join(dir, 'b') }).collection(
            'notes',
            Note,
            3,
          );
          await future.put({ id: 'a', text: 'future' });
          const file = path.join(dir, 'notes.json');
          const before = `${await readFile(file, 'utf8')}|${(await stat(file)).mtimeMs}|${(await readdir(dir)).join()}`;
          const old = await new SidecarStore({ dir, backupDir: path.join(dir, 'b') }).collection(
            'notes',
            Note,
            1,
          );
          await old.put({ id: 'b', text: 'x' }).catch(() => undefined);
          const after = `${await readFile(file, 'utf8')}|${(await stat(file)).mtimeMs}|${(await readdir(dir)).join()}`;
          if (
            before === after &&
            old.status().readOnly &&
            /schema 3.*schema 1/.test(old.status().message ?? '')
          )
            newerUntouched++;
        }
        return { trials, restored, quarantined, told, lost, newerUntouched };
      }),
    );
    const v = r.value;
    return [
      {
        name: 'corrupt sidecar (truncated, garbage, empty)',
        trials: v.trials,
        outcome: `quarantined ${v.quarantined}/${v.trials}, newest good backup loaded ${v.restored}/${v.trials}, user told ${v.told}/${v.trials}`,
        lost: v.lost,
        peakRssMb: r.peakRssMb,
        eldMaxMs: r.eldMaxMs,
        eldP99Ms: r.eldP99Ms,
        measuredIn: 'opening process',
        seconds: r.seconds,
        ok: v.quarantined === v.trials && v.restored === v.trials && v.told === v.trials && v.lost === 0,
      },
      {
        name: 'sidecar from a newer version',
        trials: 30,
        outcome: `read-only naming both versions, bytes, mtime and listing unchanged ${v.newerUntouched}/30`,
        lost: 30 - v.newerUntouched,
        peakRssMb: r.peakRssMb,
        eldMaxMs: r.eldMaxMs,
        eldP99Ms: r.eldP99Ms,
        measuredIn: 'opening process',
        seconds: r.seconds,
        ok: v.newerUntouched === 30,
      },
    ];
  },

  async vanish() {
    const r = await withTemp('dossier-bench-vanish-', (dir) =>
      measured(() => runVanishScenario({ root: path.join(dir, 'f'), files: 20_000, mutate: 4_000 })),
    );
    const s = r.value;
    return [
      {
        name: 'files deleted and rewritten during workspace.open (20,000 files)',
        trials: 1,
        outcome: `scan completed ${s.completed}; ${s.indexed} indexed; ${s.deletedDuringScan} deleted (${s.vanishedBeforeRead} before being read), ${s.rewritten} rewritten ${s.mutations} times; torn texts ${s.torn}; re-read/skipped as changing ${s.changedSkips}; other skips ${s.unexpectedSkips.length}`,
        lost: s.torn + s.files - s.accounted,
        peakRssMb: r.peakRssMb,
        eldMaxMs: r.eldMaxMs,
        eldP99Ms: r.eldP99Ms,
        measuredIn: 'scanning process (parsing in the worker pool)',
        seconds: r.seconds,
        ok: s.completed && s.torn === 0 && s.accounted === s.files && s.unexpectedSkips.length === 0,
      },
    ];
  },

  async 'big-inputs'() {
    return withTemp('dossier-bench-big-', async (base) => {
      const rows: Row[] = [];
      const huge = await folderWithArticles(path.join(base, 'huge'));
      await sparseFile(path.join(huge, 'huge.txt'), 500 * 2 ** 20);
      let t0 = performance.now();
      let r = await ingestInChild({ root: huge });
      const hugeSkip = skipOf(r, 'huge.txt');
      rows.push(
        fromChild(
          '500 MB file (sparse)',
          r,
          `skipped as ${hugeSkip?.reason}: "${hugeSkip?.detail}"; other files indexed ${r.indexed}/2`,
          hugeSkip?.reason === 'too-large' && r.indexed === 2,
          round((performance.now() - t0) / 1000),
        ),
      );
      const line = await folderWithArticles(path.join(base, 'line'));
      await singleLine(path.join(line, 'line.txt'), 50_000_000);
      t0 = performance.now();
      r = await ingestInChild({ root: line, textOf: ['line.txt'] });
      rows.push(
        fromChild(
          '50 MB single line',
          r,
          `parsed whole (${r.textLengths['line.txt']} characters) in the worker pool; skipped ${r.skipped.length}`,
          r.textLengths['line.txt'] === 50_000_001,
          round((performance.now() - t0) / 1000),
        ),
      );
      for (const inflated of [100, 1024]) {
        const bomb = await folderWithArticles(path.join(base, `bomb-${inflated}`));
        const bytes = zipBomb(inflated * 2 ** 20);
        await writeFile(path.join(bomb, 'bomb.docx'), bytes);
        t0 = performance.now();
        r = await ingestInChild({ root: bomb });
        const s = skipOf(r, 'bomb.docx');
        rows.push(
          fromChild(
            `DOCX zip bomb (${inflated} MiB from ${Math.round(bytes.length / 1024)} KB)`,
            r,
            `refused before inflating as ${s?.reason}: "${s?.detail}"`,
            s?.reason === 'zip-bomb' && r.indexed === 2,
            round((performance.now() - t0) / 1000),
          ),
        );
      }
      return rows;
    });
  },

  async pdf() {
    return withTemp('dossier-bench-pdf-', async (base) => {
      const rows: Row[] = [];
      const js = await folderWithArticles(path.join(base, 'js'));
      const marker = path.join(base, 'pwned');
      await writeFile(
        path.join(js, 'js.pdf'),
        pdfWithJavaScript(marker, 'Hostile PDF text survives extraction'),
      );
      let t0 = performance.now();
      let r = await ingestInChild({ root: js, textOf: ['js.pdf'] });
      const ran =
        r.pwned ||
        (await stat(marker).then(
          () => true,
          () => false,
        ));
      rows.push(
        fromChild(
          'PDF with /OpenAction and name-tree JavaScript',
          r,
          `text extracted ${Boolean(r.texts['js.pdf']?.includes('Hostile PDF text'))}; script ran ${ran}`,
          !ran && Boolean(r.texts['js.pdf']?.includes('Hostile PDF text')),
          round((performance.now() - t0) / 1000),
        ),
      );
      const stuck = await folderWithArticles(path.join(base, 'stuck'));
      const bytes = slowPdf(3_000_000);
      await writeFile(path.join(stuck, 'stuck.pdf'), bytes);
      t0 = performance.now();
      // The production limit (30 s), so the figures are those an analyst would see.
      r = await ingestInChild({ root: stuck });
      const s = skipOf(r, 'stuck.pdf');
      rows.push(
        fromChild(
          `PDF that never finishes (3M text operators in ${Math.round(bytes.length / 1024)} KB)`,
          r,
          `${s?.reason}: "${s?.detail}"; other files indexed ${r.indexed}/2`,
          s?.reason === 'timeout' && r.indexed === 2,
          round((performance.now() - t0) / 1000),
        ),
      );
      return rows;
    });
  },

  async deep() {
    return withTemp('dossier-bench-deep-', async (base) => {
      const root = await folderWithArticles(path.join(base, 'tree'));
      const made = await deepTree(path.join(root, 'deep'), 50, 2_000);
      const t0 = performance.now();
      const r = await ingestInChild({ root });
      const emfile = r.skipped.filter((s) => /EMFILE|ENFILE/.test(s.detail)).length;
      return [
        fromChild(
          `${made.toLocaleString('en')} files, 50 levels deep`,
          r,
          `indexed ${r.indexed}/${made + 2}; skipped ${r.skipped.length}; EMFILE ${emfile}; open descriptors at most ${r.fdMax} (${r.fdMax - r.fdBaseline} above the ${r.fdBaseline} at start); scan ${round(r.ms / 1000)} s`,
          r.indexed === made + 2 && emfile === 0,
          round((performance.now() - t0) / 1000),
        ),
      ];
    });
  },
};
