/**
 * Child process of the ingest scenarios: opens one folder through the real `Workspace.open` (worker pool,
 * size cap, time limit) and prints one JSON line with what it found and what it cost this process: peak
 * RSS (getrusage, so nothing between samples is missed), event-loop delay (monitorEventLoopDelay), and
 * the most file descriptors open at once (/proc/self/fd, Linux). Bundled by tests/reliability/ingest.ts.
 * argv: <json IngestChildArgs>
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Workspace } from '../../electron/services/workspace/workspace';
import type { IngestChildArgs, IngestChildResult } from './ingest-types';

function openFds(): number {
  try {
    return readdirSync('/proc/self/fd').length;
  } catch {
    return -1;
  }
}

/**
 * getrusage's peak never misses a spike, but on Linux it also carries the parent's RSS at fork across
 * exec; so it counts only when it rose during the scan, and the 5 ms samples stand in otherwise.
 */
function peakOfScan(peakBefore: number, sampled: number): number {
  const peak = process.resourceUsage().maxRSS * 1024;
  return peak > peakBefore ? peak : sampled;
}

async function main(): Promise<void> {
  const args = JSON.parse(process.argv[2] ?? '{}') as IngestChildArgs;
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const baselineRss = process.memoryUsage().rss;
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  const fdBaseline = openFds();
  let fdMax = fdBaseline;
  let rssMax = baselineRss;
  const sampler = setInterval(() => {
    fdMax = Math.max(fdMax, openFds());
    rssMax = Math.max(rssMax, process.memoryUsage().rss);
  }, 5);
  const eld = monitorEventLoopDelay({ resolution: 10 });
  eld.enable();
  const started = performance.now();
  const ws = await Workspace.open(
    args.root,
    { location: 'folder', path: path.join(args.root, '.dossier'), readOnly: false, reason: null },
    () => undefined,
    {
      cacheDir: null,
      ...(args.workers !== undefined ? { workers: args.workers } : {}),
      ...(args.maxBytes !== undefined ? { maxBytes: args.maxBytes } : {}),
      ...(args.fileTimeoutMs !== undefined ? { fileTimeoutMs: args.fileTimeoutMs } : {}),
    },
  );
  const ms = performance.now() - started;
  eld.disable();
  clearInterval(sampler);
  const result: IngestChildResult = {
    indexed: [...ws.files.keys()].length,
    texts: Object.fromEntries(
      (args.textOf ?? []).map((p) => [p, ws.files.get(p)?.text.slice(0, 2000) ?? null]),
    ),
    textLengths: Object.fromEntries((args.textOf ?? []).map((p) => [p, ws.files.get(p)?.text.length ?? -1])),
    skipped: ws.report().files.skipped,
    ms: Math.round(ms),
    baselineRss,
    peakRss: peakOfScan(peakBefore, rssMax),
    peakRssBeforeScan: peakBefore,
    eldMaxMs: eld.max / 1e6,
    eldP99Ms: eld.percentile(99) / 1e6,
    fdBaseline,
    fdMax,
    pwned: (globalThis as { __dossierPwned?: unknown }).__dossierPwned !== undefined,
  };
  await ws.close();
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`ingest-child: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(3);
});
