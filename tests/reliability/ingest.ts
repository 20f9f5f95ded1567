/** Runs the ingest child (tests/reliability/ingest-child.ts) on a folder and parses its report. */
import path from 'node:path';
import { REPO_ROOT } from '../support/temp';
import { runChild } from './child-process';
import type { IngestChildArgs, IngestChildResult } from './ingest-types';

export type { IngestChildArgs, IngestChildResult } from './ingest-types';

/** Opens `args.root` in a fresh Node process (its own heap, so RSS is this scan's alone). */
export async function ingestInChild(args: IngestChildArgs): Promise<IngestChildResult> {
  const run = await runChild(
    [path.join(REPO_ROOT, 'tests', 'reliability', 'ingest-child.ts'), JSON.stringify(args)],
    { nodeArgs: ['--expose-gc', '--import', 'tsx'] },
  );
  const last = run.lines.filter((l) => l.startsWith('{')).pop();
  if (run.code !== 0 || !last)
    throw new Error(`ingest child failed (${run.code}): ${run.stderr.slice(-2000)}`);
  return JSON.parse(last) as IngestChildResult;
}

/** Growth of RSS during the scan, in MB (0 when the peak was before the scan started). */
export function rssGrowthMb(r: IngestChildResult): number {
  return Math.max(0, r.peakRss - Math.max(r.baselineRss, 0)) / 2 ** 20;
}
