import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** The repository root (tests run from anywhere). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');
/** The bundled sample corpus. */
export const SAMPLE_FOLDER = path.join(REPO_ROOT, 'resources', 'sample-articles');

/** A fresh temporary directory, removed by the returned cleanup. */
export async function tempDir(
  prefix = 'dossier-test-',
): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Copies `folder` into a fresh temp dir (tests never write into the repo's folders). */
export async function copyFolder(folder: string): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const t = await tempDir('dossier-folder-');
  const dir = path.join(t.dir, path.basename(folder));
  await cp(folder, dir, { recursive: true, preserveTimestamps: true });
  return { dir, cleanup: t.cleanup };
}
