import { hostname } from 'node:os';
import { open, readFile, rm, stat } from 'node:fs/promises';
import { DossierError, isErrnoException } from '../errors';

/** A lock older than this is stale whatever its owner says (a writer holds it for milliseconds). */
const STALE_MS = 10_000;
/** An unreadable lock file older than this was left by a writer killed while creating it. */
const HALF_WRITTEN_MS = 500;
/** How long a writer waits for another host's lock before giving up with a clear error. */
const WAIT_MS = 15_000;

/**
 * Cross-process lock for one collection file: `<file>.lock` created with O_EXCL, holding the owner's
 * pid and host. Held only around read-merge-write, so two hosts on one folder serialise their saves.
 * A lock left by a killed process (same machine, dead pid) or older than {@link STALE_MS} is broken.
 */
export async function withFileLock<T>(file: string, body: () => Promise<T>): Promise<T> {
  const lockPath = `${file}.lock`;
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(lockPath, 'wx');
      try {
        await handle.writeFile(JSON.stringify({ pid: process.pid, host: hostname(), at: Date.now() }));
      } finally {
        await handle.close();
      }
      break;
    } catch (e) {
      if (!isErrnoException(e) || e.code !== 'EEXIST') throw e;
      if (await isStale(lockPath)) {
        await rm(lockPath, { force: true });
        continue;
      }
      if (Date.now() - started > WAIT_MS)
        throw new DossierError(
          'conflict',
          `sidecar: another Dossier window is still saving ${file}. Try again; if this persists, close other windows on this folder.`,
        );
      await new Promise((r) => setTimeout(r, Math.min(5 * (attempt + 1), 50)));
    }
  }
  try {
    return await body();
  } finally {
    await rm(lockPath, { force: true }).catch(() => undefined);
  }
}

async function isStale(lockPath: string): Promise<boolean> {
  try {
    const info = await stat(lockPath);
    if (Date.now() - info.mtimeMs > STALE_MS) return true;
    let owner: unknown;
    try {
      owner = JSON.parse(await readFile(lockPath, 'utf8'));
    } catch {
      // Empty or half-written: its owner was killed between create and write, or is writing right now.
      return Date.now() - info.mtimeMs > HALF_WRITTEN_MS;
    }
    if (typeof owner !== 'object' || owner === null) return false;
    const { pid, host } = owner as { pid?: unknown; host?: unknown };
    if (host !== hostname() || typeof pid !== 'number') return false;
    if (pid === process.pid) return false;
    return !isAlive(pid);
  } catch {
    // Released meanwhile: retry the create.
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return !(isErrnoException(e) && e.code === 'ESRCH');
  }
}
