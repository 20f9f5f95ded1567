/** Spawning helpers shared by the reliability scenarios: bundle a child once, run it, kill it on cue. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { build } from 'esbuild';
import { REPO_ROOT } from '../support/temp';

/** Bundles `tests/reliability/<entry>.ts` into `outDir` (esbuild, tens of ms) so each trial starts fast. */
export async function bundleChild(entry: string, outDir: string): Promise<string> {
  const outfile = path.join(outDir, `${entry}.cjs`);
  await build({
    entryPoints: [path.join(REPO_ROOT, 'tests', 'reliability', `${entry}.ts`)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}

/** How a child run ended. */
export interface ChildRun {
  lines: string[];
  killed: boolean;
  code: number | null;
  stderr: string;
  /** ms from the cue line to the child's exit (or to the kill). */
  msAfterCue: number | null;
}

/**
 * Runs `node <args>`; when `killAfterMs` is set, SIGKILLs the child that many ms after it printed the
 * line `cue`. Resolves when the child has exited.
 */
export function runChild(
  args: string[],
  opts: { cue?: string; killAfterMs?: number | null; cwd?: string; nodeArgs?: string[] } = {},
): Promise<ChildRun> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [...(opts.nodeArgs ?? []), ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      cwd: opts.cwd ?? REPO_ROOT,
    });
    const lines: string[] = [];
    let buf = '';
    let stderr = '';
    let cueAt: number | null = null;
    let timer: NodeJS.Timeout | null = null;
    let killed = false;
    p.stdout.on('data', (d: Buffer) => {
      buf += d.toString('utf8');
      let nl;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        lines.push(line);
        if (line === opts.cue && cueAt === null) {
          cueAt = performance.now();
          if (opts.killAfterMs !== undefined && opts.killAfterMs !== null)
            timer = setTimeout(() => {
              killed = p.kill('SIGKILL');
            }, opts.killAfterMs);
        }
      }
    });
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    p.on('close', (code) => {
      if (timer) clearTimeout(timer);
      if (buf) lines.push(buf);
      resolve({
        lines,
        killed,
        code,
        stderr,
        msAfterCue: cueAt === null ? null : performance.now() - cueAt,
      });
    });
  });
}
