import { existsSync } from 'node:fs';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import lunr from 'lunr';
import { Session } from '../../session';
import { indexInput } from '../docs';
import { FieldProviderRegistry } from '../field-providers';
import { SearchService } from '../service';
import { generateCorpus } from './corpus';

/** Query classes the issue asks figures for, with a few queries each (words exist in generated corpora). */
export const QUERY_CLASSES: Record<string, { query: string; filters?: string[] }[]> = {
  term: [{ query: 'sanctions' }, { query: 'ceasefire' }, { query: 'envoy' }, { query: 'kremlin' }],
  'two terms': [{ query: 'sanctions kremlin' }, { query: 'ceasefire envoy' }, { query: 'russia talks' }],
  phrase: [{ query: '"russian officials"' }, { query: '"peace talks"' }, { query: '"security guarantees"' }],
  proximity: [{ query: '"sanctions russia"~5' }, { query: '"ceasefire kyiv"~3' }],
  field: [
    { query: 'title:kremlin' },
    { query: 'outlet:"Danube Observer" sanctions' },
    { query: 'date:2025-11-01..2025-11-10 envoy' },
  ],
  fuzzy: [{ query: 'kremlim~1' }, { query: 'sanctoins~2' }, { query: 'ceasfire~1' }],
  'facet filter': [
    { query: 'sanctions', filters: ['outlet:"Meridian Wire"'] },
    { query: 'envoy', filters: ['date:2025-12'] },
  ],
  'prefix/wildcard': [{ query: 'sanc*' }, { query: 'ukrain*' }, { query: 'k?emlin' }],
  regex: [{ query: '/sanctions? (relief|regime)/' }],
};

/** Targets from the issue, per size (ms unless said). */
const TARGETS = {
  small: { cold: 10_000, warm: 1000, p95: 20, p95Wild: 60, rssMb: null as number | null },
  large: { cold: 120_000, warm: 5000, p95: 100, p95Wild: 300, rssMb: 2048 },
};

/** Options of one bench run. */
export interface BenchOptions {
  sizes: number[];
  seed: number;
  workDir: string;
  /** Documents indexed by the single-thread lunr baseline (extrapolated to the size). */
  baselineDocs: number;
  /**
   * Keep a complete search cache from an earlier run and skip the cold index (warm open and queries
   * only): a warm-open iteration at 100k then costs the workspace parse plus seconds, not minutes.
   */
  keepCache?: boolean;
  out: (line: string) => void;
}

function pct(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
}

async function dirBytes(dir: string): Promise<number> {
  let total = 0;
  for (const e of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const p = path.join(dir, e.name);
    total += e.isDirectory() ? await dirBytes(p) : (await stat(p)).size;
  }
  return total;
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(p)));
    else out.push(p);
  }
  return out;
}

/** Samples RSS every 50 ms; `peak` is the highest seen (threads are in this process, so it is the total). */
function rssSampler(): { peak: () => number; reset: () => void; stop: () => void } {
  let peak = process.memoryUsage.rss();
  const t = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
  t.unref();
  return {
    peak: () => Math.max(peak, process.memoryUsage.rss()),
    reset: () => (peak = process.memoryUsage.rss()),
    stop: () => clearInterval(t),
  };
}

const f1 = (n: number) => n.toFixed(1);
const mb = (b: number) => b / 1024 / 1024;
const verdict = (v: number, target: number | null) =>
  target === null ? '' : v <= target ? `  ✓ (target ≤ ${target})` : `  ✗ (target ≤ ${target})`;

/** Runs the search benchmark for each size and prints the table. */
export async function runSearchBench(o: BenchOptions): Promise<void> {
  o.out(
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  );
  for (const size of o.sizes) {
    const t = size >= 50_000 ? TARGETS.large : TARGETS.small;
    const corpus = path.join(o.workDir, `corpus-${size}-${o.seed}`);
    if (!existsSync(path.join(corpus, '.complete'))) {
      await rm(corpus, { recursive: true, force: true });
      const g0 = performance.now();
      await generateCorpus(corpus, size, o.seed);
      await import('node:fs/promises').then((fs) => fs.writeFile(path.join(corpus, '.complete'), ''));
      o.out(`generated ${size} articles in ${f1((performance.now() - g0) / 1000)} s`);
    }
    const rss = rssSampler();
    o.out(
      `\n--- ${size.toLocaleString('en')} articles (seed ${o.seed}) — load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} ---`,
    );
    // Raw read: every file's bytes, nothing else.
    const files = (await listFiles(corpus)).filter((f) => f.endsWith('.txt'));
    let r0 = performance.now();
    let bytes = 0;
    for (let i = 0; i < files.length; i += 32) {
      const chunk = await Promise.all(files.slice(i, i + 32).map((f) => readFile(f)));
      for (const b of chunk) bytes += b.length;
    }
    const rawMs = performance.now() - r0;
    o.out(
      `raw read of all files     ${f1(rawMs / 1000)} s  (${f1(mb(bytes))} MB, ${Math.round(bytes / files.length)} B/article)`,
    );
    const cacheDir = path.join(o.workDir, `cache-${size}-${o.seed}`);
    // The search index is always rebuilt for the cold figure; ingest's parse cache is kept between runs
    // (ingest is not what this bench measures, and at 100k a cold parse takes minutes).
    const keep = o.keepCache === true && existsSync(path.join(cacheDir, 'search', 'manifest.json'));
    if (!keep) await rm(path.join(cacheDir, 'search'), { recursive: true, force: true });
    const session = new Session({
      host: 'local',
      dataDir: path.join(o.workDir, 'data'),
      cacheDir,
      version: 'bench',
    });
    r0 = performance.now();
    const ws = await session.open(corpus);
    const parseMs = performance.now() - r0;
    let docCount = 0;
    for (const f of ws.files.values()) docCount += f.stories.length;
    o.out(
      `workspace parse (ingest)  ${f1(parseMs / 1000)} s  (${docCount} documents; ingest, not search — reported for context)`,
    );
    const providers = new FieldProviderRegistry();
    let coldMs = 0;
    let first = 0;
    let c0 = performance.now();
    const cpu0 = process.cpuUsage();
    // How long the services thread was ever blocked while indexing (the UI's responsiveness depends on it).
    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    if (keep)
      o.out('cold index                skipped (--keep-cache: the search cache of an earlier run is reused)');
    else {
      const cold = new SearchService(ws, {
        cacheDir: path.join(cacheDir, 'search'),
        providers,
        onProgress: (p) => (first ||= p.done > 0 ? performance.now() - c0 : 0),
      });
      await cold.start();
      coldMs = performance.now() - c0;
      o.out(
        `cold index                ${f1(coldMs / 1000)} s  ${Math.round(docCount / (coldMs / 1000))} docs/s, ${f1(mb(bytes) / (coldMs / 1000))} MB/s, first shard searchable at ${f1(first / 1000)} s, ${cold.status().shards.total} shards${verdict(coldMs, t.cold)}`,
      );
      const cpu = process.cpuUsage(cpu0);
      o.out(
        `  ratio to raw read       ×${f1(coldMs / rawMs)}; CPU time (all threads) ${f1((cpu.user + cpu.system) / 1e6)} s; services thread blocked at most ${f1(lag.max / 1e6)} ms`,
      );
      await cold.close();
    }
    // The cold service's workers (and the shards they held) are gone: the warm figures carry one index.
    (globalThis as { gc?: () => void }).gc?.();
    const cacheBytes = await dirBytes(path.join(cacheDir, 'search'));
    // Warm: a fresh service over the same workspace loads the persisted shards.
    first = 0;
    lag.reset();
    const wcpu0 = process.cpuUsage();
    c0 = performance.now();
    const warm = new SearchService(ws, {
      cacheDir: path.join(cacheDir, 'search'),
      providers,
      onProgress: (p) => (first ||= p.done > 0 ? performance.now() - c0 : 0),
    });
    await warm.start();
    const warmMs = performance.now() - c0;
    o.out(
      `warm open (from cache)    ${f1(warmMs / 1000)} s  complete answer; first partial answer at ${f1(first / 1000)} s; ${warm.status().fromCache}/${warm.status().shards.total} shards from cache${verdict(warmMs, t.warm)}`,
    );
    const wcpu = process.cpuUsage(wcpu0);
    o.out(
      `  CPU time (all threads) ${f1((wcpu.user + wcpu.system) / 1e6)} s; services thread blocked at most ${f1(lag.max / 1e6)} ms while loading`,
    );
    lag.disable();
    o.out(`cache on disk             ${f1(mb(cacheBytes))} MB  (×${f1(cacheBytes / bytes)} of the text)`);
    o.out(
      'query latency (first page of 50 with snippets, facets over all matches; wall time, then CPU time of all threads; "first" = first run, before memoised expansions):',
    );
    for (const [cls, queries] of Object.entries(QUERY_CLASSES)) {
      const times: number[] = [];
      const cpus: number[] = [];
      let total = 0;
      let firstRun = 0;
      for (const q of queries) {
        const q0 = performance.now();
        await warm.query({ ...q, limit: 50 });
        firstRun = Math.max(firstRun, performance.now() - q0);
      }
      for (let rep = 0; rep < 10; rep++)
        for (const q of queries) {
          const q0 = performance.now();
          const u0 = process.cpuUsage();
          total = (await warm.query({ ...q, limit: 50 })).total;
          const u = process.cpuUsage(u0);
          times.push(performance.now() - q0);
          cpus.push((u.user + u.system) / 1000);
        }
      const target = cls === 'regex' ? null : cls === 'prefix/wildcard' ? t.p95Wild : t.p95;
      o.out(
        `  ${cls.padEnd(16)} p50 ${f1(pct(times, 50)).padStart(7)} ms  p95 ${f1(pct(times, 95)).padStart(7)} ms  CPU p50 ${f1(pct(cpus, 50))} p95 ${f1(pct(cpus, 95))} ms  first ${f1(firstRun)} ms  (e.g. ${total} hits)${cls === 'regex' ? '  (reported only)' : verdict(pct(times, 95), target)}`,
      );
    }
    const peak = rss.peak();
    o.out(
      `peak RSS (whole process, workers included)  ${Math.round(mb(peak))} MB${verdict(mb(peak), t.rssMb)}`,
    );
    await warm.close();
    // Baseline: one plain lunr index, default pipeline, single thread, no shards.
    const n = Math.min(o.baselineDocs, docCount);
    const inputs = [...ws.list()].slice(0, n).map((d) => {
      const f = ws.files.get(d.path)!;
      const s = f.stories[d.story - 1]!;
      return indexInput(
        {
          id: d.id,
          path: d.path,
          title: s.title,
          day: null,
          date: null,
          outlet: s.outlet,
          segments: [[s.start, s.end]],
        },
        f.text,
      );
    });
    rss.reset();
    const b0 = performance.now();
    const idx = lunr(function () {
      this.ref('ref');
      this.field('title', { boost: 3 });
      this.field('body');
      this.field('outlet');
      for (const d of inputs) this.add(d);
    });
    const bMs = performance.now() - b0;
    const bJson = JSON.stringify(idx).length;
    const extrap = (bMs / n) * docCount;
    o.out(
      `baseline: one lunr index, single thread, ${n} docs${n < docCount ? ` (extrapolated ×${f1(docCount / n)} to ${docCount})` : ''}`,
    );
    o.out(
      `  build ${f1(bMs / 1000)} s (${Math.round(n / (bMs / 1000))} docs/s) → ${f1(extrap / 1000)} s for all; serialised ${f1(mb(bJson))} MB; RSS during ${Math.round(mb(rss.peak()))} MB`,
    );
    if (coldMs)
      o.out(
        `  sharded build is ×${f1(extrap / coldMs)} faster than single lunr; cold index is ×${f1(coldMs / rawMs)} the raw read time`,
      );
    rss.stop();
    o.out(
      `load average at the end: ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} (other work on the machine inflates wall times)`,
    );
  }
}
