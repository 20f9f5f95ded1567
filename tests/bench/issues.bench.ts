// Issues benchmark: `npm run bench -- --only issues [--sizes 5000,20000] [--seed 1] [--dir <work dir>]`.
// Times the detector's first pass (cold: no detection cache), the same pass from the disk cache (a folder
// opened again), grouping, and the `issues.suggestions` / `issues.suggestion` replies with their sizes.
// Prints figures; never fails on timing. The corpus and its parse cache are kept between runs.
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { generateCorpus } from './corpus/generate';
import { sizesArgs } from './corpus/sizes-args';
import { issuesHandlers } from '../../electron/services/issues/handlers';
import { detectionsFor, groupSuggestions, mergePhraseKeys } from '../../electron/services/issues/suggest';
import { docIndex } from '../../electron/services/issues/views';
import { Session } from '../../electron/services/session';

const { sizes, seed, workDir } = sizesArgs('5000,20000', 'dossier-bench-issues');

const s1 = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** Wall time, CPU time of the process and the longest event-loop stall while `body` runs. */
async function measure<T>(
  body: () => Promise<T>,
): Promise<{ value: T; ms: number; cpuMs: number; stallMs: number }> {
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await body();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  lag.disable();
  return { value, ms, cpuMs: (cpu.user + cpu.system) / 1000, stallMs: lag.max / 1e6 };
}

async function openSession(corpus: string, cacheDir: string): Promise<Session> {
  const session = new Session({
    host: 'local',
    dataDir: path.join(workDir, 'data'),
    cacheDir,
    version: 'bench',
  });
  await session.open(corpus);
  return session;
}

async function runSize(size: number): Promise<void> {
  const corpus = path.join(workDir, `corpus-${size}-${seed}`);
  if (!existsSync(corpus)) {
    const g0 = performance.now();
    await generateCorpus(corpus, size, seed);
    console.log(`generated ${size} articles in ${s1(performance.now() - g0)}`);
  }
  const cacheDir = path.join(workDir, `cache-${size}-${seed}`);
  await rm(path.join(cacheDir, 'issues'), { recursive: true, force: true });
  const o0 = performance.now();
  const session = await openSession(corpus, cacheDir);
  const ws = session.workspace();
  console.log(
    `\n${size} articles — folder opened (parse cache kept between runs) in ${s1(performance.now() - o0)}`,
  );

  const cold = await measure(() => detectionsFor(ws, cacheDir));
  const rows: Record<string, string>[] = [];
  const row = (what: string, m: { ms: number; cpuMs: number; stallMs: number }, note = '') =>
    rows.push({
      what,
      wall: s1(m.ms),
      cpu: s1(m.cpuMs),
      'longest stall': `${m.stallMs.toFixed(0)} ms`,
      note,
    });
  row(
    'detection, first pass (no cache)',
    cold,
    `${cold.value.length} detections, ${(cold.ms / size).toFixed(2)} ms/article`,
  );
  const memory = await measure(() => detectionsFor(ws, cacheDir));
  row('detection, kept in memory', memory);

  const merge = await measure(async () => mergePhraseKeys(cold.value));
  const topics = new Set(cold.value.filter((d) => d.topic.startsWith('phrase:')).map((d) => d.topic)).size;
  row('mergePhraseKeys', merge, `${topics} distinct phrase topics, ${merge.value.size} merged`);
  const ctx = { docs: docIndex(ws), hidden: new Set<string>(), issueByTopic: new Map<string, string>() };
  const grouped = await measure(async () => groupSuggestions(cold.value, ctx));
  row('groupSuggestions', grouped, `${grouped.value.length} suggestions`);

  const handlers = issuesHandlers(session);
  const panel = await measure(() => handlers['issues.suggestions']({ limit: 101 }));
  row(
    'issues.suggestions as the panel asks (101, preview 5)',
    panel,
    `reply ${kb(JSON.stringify(panel.value).length)}`,
  );
  const preview = await measure(() => handlers['issues.suggestions']({}));
  row(
    `issues.suggestions (all ${preview.value.length}, preview 5)`,
    preview,
    `reply ${kb(JSON.stringify(preview.value).length)}`,
  );
  const all = await measure(() => handlers['issues.suggestions']({ preview: 'all' }));
  row('issues.suggestions (all passages)', all, `reply ${kb(JSON.stringify(all.value).length)}`);
  const top = preview.value[0];
  if (top) {
    const one = await measure(() => handlers['issues.suggestion']({ topic: top.topic }));
    row(
      `issues.suggestion (largest: ${top.evidenceCount} passages)`,
      one,
      `reply ${kb(JSON.stringify(one.value).length)}`,
    );
  }
  await session.close();

  // A folder opened again: the detections come from the disk cache.
  const again = await openSession(corpus, cacheDir);
  const disk = await measure(() => detectionsFor(again.workspace(), cacheDir));
  row('detection, folder opened again (disk cache)', disk, `${disk.value.length} detections`);
  await again.close();
  console.table(rows);
}

async function main(): Promise<void> {
  console.log(
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} at start`,
  );
  for (const size of sizes) await runSize(size);
  console.log(
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} at end`,
  );
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
