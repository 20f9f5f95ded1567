import { access, constants, mkdir, readdir, readFile, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import type { SidecarInfo } from '../../../shared/model/workspace';
import { DossierError } from '../errors';
import { writeFileAtomic } from '../fs/atomic-write';
import type { Session } from '../session';
import { newer, parseEnvelope, serializeEnvelope } from './envelope';
import { appDataSidecar, folderSidecar, setLocationPreference } from './location';
import { backupDirFor, sidecarFor } from './store';

/** Collection files; the location preference (app data only) is not one. */
const COLLECTION_FILE = /^[a-z][a-z0-9-]*\.json$/;
const LOCATION_FILE = 'location.json';

/**
 * Moves the open folder's sidecar to `to` ('app-data': the folder stays byte-for-byte untouched;
 * 'folder': `<folder>/.dossier`). Every collection is flushed, copied with atomic writes (merged by record
 * revision if the target already holds one), verified, and only then removed from the old place — after
 * a copy into the backups folder. The folder is then re-opened so every service uses the new place.
 */
export async function moveSidecar(session: Session, to: 'folder' | 'app-data'): Promise<SidecarInfo> {
  const ws = session.workspace();
  const { root } = ws;
  const dataDir = session.options.dataDir;
  const from = ws.sidecar.path;
  const target = to === 'app-data' ? appDataSidecar(root, dataDir) : folderSidecar(root);
  if (path.resolve(from) === path.resolve(target)) {
    await setLocationPreference(root, dataDir, to);
    return ws.sidecar;
  }
  if (to === 'folder' && !(await writable(root)))
    throw new DossierError(
      'read_only',
      `sidecar: ${path.basename(root)} is read-only, so annotations cannot be kept inside it. They stay in the app data folder.`,
    );
  await sidecarFor(session).flush();
  const names = (await readdir(from).catch(() => [] as string[])).filter(
    (n) => COLLECTION_FILE.test(n) && n !== LOCATION_FILE,
  );
  await mkdir(target, { recursive: true });
  const stamp = new Date().toISOString().replace(/[-:.]/g, '');
  const keep = path.join(backupDirFor(dataDir, root), `moved-${stamp}`);
  await mkdir(keep, { recursive: true });
  for (const name of names) {
    const text = await readFile(path.join(from, name), 'utf8');
    await writeFileAtomic(path.join(keep, name), text);
    const source = parseEnvelope(text);
    if (!source) continue; // a damaged file stays where it is; its backup copy is kept above
    const existing = parseEnvelope(await readFile(path.join(target, name), 'utf8').catch(() => ''));
    const merged = new Map(source.records.map((r) => [r.id, r]));
    if (existing && existing.schemaVersion === source.schemaVersion)
      for (const r of existing.records) {
        const mine = merged.get(r.id);
        if (!mine || newer(r, mine)) merged.set(r.id, r);
      }
    const out = serializeEnvelope({
      ...source,
      savedAt: new Date().toISOString(),
      records: [...merged.values()],
    });
    await writeFileAtomic(path.join(target, name), out);
    if (parseEnvelope(await readFile(path.join(target, name), 'utf8'))?.records.length !== merged.size)
      throw new DossierError(
        'io_error',
        `sidecar: the copy of ${name} did not verify; nothing was removed. Try again.`,
      );
  }
  await setLocationPreference(root, dataDir, to);
  for (const name of names)
    if (parseEnvelope(await readFile(path.join(from, name), 'utf8').catch(() => '')))
      await rm(path.join(from, name), { force: true });
  // The folder's own sidecar directory goes when empty (an evidence folder keeps nothing of ours).
  if (to === 'app-data') await rmdir(from).catch(() => undefined);
  await session.open(root);
  return session.workspace().sidecar;
}

async function writable(dir: string): Promise<boolean> {
  try {
    await access(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
