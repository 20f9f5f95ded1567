import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { DossierError, isErrnoException } from '../errors';

/** Attempts at rename when Windows antivirus or indexers hold the target (EPERM/EBUSY). */
const RENAME_ATTEMPTS = 6;

/** Injection points for fault tests; production uses node:fs. */
export interface AtomicWriteFs {
  rename: typeof rename;
}

/**
 * Writes `data` to `file` so that a crash leaves either the old or the new content, never a mix:
 * temp file in the same directory → write → fsync → rename over the target → fsync the directory.
 * A failed write removes its temp file and leaves the old file untouched.
 */
export async function writeFileAtomic(
  file: string,
  data: string | Uint8Array,
  fs: AtomicWriteFs = { rename },
): Promise<void> {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, file, fs);
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw toWriteError(file, e);
  }
  await fsyncDir(dir);
}

async function renameWithRetry(from: string, to: string, fs: AtomicWriteFs): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (e) {
      const transient =
        isErrnoException(e) && (e.code === 'EPERM' || e.code === 'EBUSY' || e.code === 'EACCES');
      if (!transient || attempt >= RENAME_ATTEMPTS) throw e;
      await new Promise((r) => setTimeout(r, 20 * 2 ** attempt));
    }
  }
}

/** fsync of the directory makes the rename itself durable (forgotten by many implementations). */
async function fsyncDir(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Some platforms (Windows) cannot open or fsync a directory; the rename is still atomic there.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

function toWriteError(file: string, e: unknown): DossierError {
  if (e instanceof DossierError) return e;
  const code = isErrnoException(e) ? e.code : undefined;
  switch (code) {
    case 'EBUSY':
      return new DossierError(
        'io_error',
        `save: ${path.basename(file)} is held by another program (${code}) and stayed busy after ${RENAME_ATTEMPTS} tries; it was not changed. Close the program holding it (antivirus, backup or sync tool) and try again; your changes are kept in memory.`,
      );
    case 'ENOSPC':
      return new DossierError(
        'io_error',
        `save: the disk is full, ${path.basename(file)} was not changed. Free some space; your changes are kept in memory and will be saved on the next change.`,
      );
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new DossierError(
        'read_only',
        `save: no permission to write ${path.basename(file)} (${code}). Check the folder's permissions or move the sidecar to the app data folder.`,
      );
    default:
      return new DossierError(
        'io_error',
        `save: could not write ${path.basename(file)}: ${e instanceof Error ? e.message : String(e)}`,
      );
  }
}
