import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from './temp';

/** A running `dossier serve` child process. */
export interface ServeProcess {
  url: string;
  origin: string;
  port: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts the built `dossier serve <folder> --no-open` with private data and cache directories and
 * resolves with the printed URL (the process's own readiness line), never by sleeping.
 */
export async function startServe(
  folder: string | null,
  dirs: { dataDir: string; cacheDir: string },
  extraEnv: Record<string, string> = {},
  /** Node options before the script (a CPU profile, GC tracing): stopping waits for what they write. */
  nodeArgs: string[] = [],
): Promise<ServeProcess> {
  const child = spawn(
    process.execPath,
    [
      ...nodeArgs,
      path.join(REPO_ROOT, 'bin', 'dossier.cjs'),
      'serve',
      ...(folder ? [folder] : []),
      '--no-open',
      '--port',
      '0',
    ],
    {
      env: { ...process.env, DOSSIER_DATA_DIR: dirs.dataDir, DOSSIER_CACHE_DIR: dirs.cacheDir, ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  // The last of stderr, for the message if serve exits early (a long run logs a lot).
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr = (stderr + String(d)).slice(-16_384)));
  const url = await new Promise<string>((resolve, reject) => {
    let out: string | null = '';
    child.stdout?.on('data', (d) => {
      if (out === null) return;
      out += String(d);
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out);
      if (m?.[1]) {
        out = null;
        resolve(m[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`dossier serve exited with ${code}: ${stderr}`)));
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    port: Number(parsed.port),
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
