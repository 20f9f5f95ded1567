/**
 * Runs the ingest child (tests/reliability/ingest-child.ts) on a folder and parses its report. The child
 * and the ingest worker are bundled once per process with esbuild into a folder under node_modules/.cache
 * (laid out as the build lays out dist/: `bin/` next to `workers/`, so spawnWorker finds the bundled worker
 * and pdf.js resolves from node_modules) — starting them through tsx costs seconds per child on 2 cores.
 */
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { REPO_ROOT } from '../support/temp';
import { runChild } from './child-process';
import type { IngestChildArgs, IngestChildResult } from './ingest-types';

export type { IngestChildArgs, IngestChildResult } from './ingest-types';

let bundled: Promise<string> | null = null;
let bundleDir: string | null = null;

/** Removes this process's bundles (test files call it in afterAll; a normal exit removes them too). */
export function disposeIngestChild(): void {
  if (bundleDir) rmSync(bundleDir, { recursive: true, force: true });
  bundleDir = null;
  bundled = null;
}

async function bundle(): Promise<string> {
  const cache = path.join(REPO_ROOT, 'node_modules', '.cache');
  await mkdir(cache, { recursive: true });
  const out = await mkdtemp(path.join(cache, 'dossier-reliability-'));
  bundleDir = out;
  process.once('exit', () => rmSync(out, { recursive: true, force: true }));
  const common = {
    bundle: true,
    platform: 'node' as const,
    format: 'cjs' as const,
    logLevel: 'silent' as const,
    external: ['electron', 'pdfjs-dist', 'pdfjs-dist/*'],
  };
  await Promise.all([
    build({
      ...common,
      entryPoints: [path.join(REPO_ROOT, 'tests', 'reliability', 'ingest-child.ts')],
      outfile: path.join(out, 'bin', 'ingest-child.cjs'),
    }),
    build({
      ...common,
      entryPoints: [path.join(REPO_ROOT, 'electron', 'workers', 'ingest.worker.ts')],
      outfile: path.join(out, 'workers', 'ingest.cjs'),
    }),
  ]);
  return path.join(out, 'bin', 'ingest-child.cjs');
}

/** Opens `args.root` in a fresh Node process (its own heap, so RSS is this scan's alone). */
export async function ingestInChild(args: IngestChildArgs): Promise<IngestChildResult> {
  bundled ??= bundle();
  const run = await runChild([await bundled, JSON.stringify(args)], { nodeArgs: ['--expose-gc'] });
  const last = run.lines.filter((l) => l.startsWith('{')).pop();
  if (run.code !== 0 || !last)
    throw new Error(`ingest child failed (${run.code}): ${run.stderr.slice(-2000)}`);
  return JSON.parse(last) as IngestChildResult;
}

/** Growth of RSS during the scan, in MB (0 when the peak was before the scan started). */
export function rssGrowthMb(r: IngestChildResult): number {
  return Math.max(0, r.peakRss - Math.max(r.baselineRss, 0)) / 2 ** 20;
}
