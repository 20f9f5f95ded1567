import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write';
import { parseEnvelope, type Envelope } from './envelope';

/** Generations kept per collection (oldest removed first). */
export const BACKUP_GENERATIONS = 5;
/** A new generation is taken on the first save of a session and then at most this often. */
export const BACKUP_INTERVAL_MS = 5 * 60_000;

/** File name of a backup: `<collection>.<yyyymmddThhmmssmmmZ>.json`, sortable by time. */
export function backupName(collection: string, at: Date): string {
  return `${collection}.${at.toISOString().replace(/[-:.]/g, '')}.json`;
}

/** Writes `text` as a new backup generation and removes generations beyond {@link BACKUP_GENERATIONS}. */
export async function writeBackup(dir: string, collection: string, text: string, at: Date): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, backupName(collection, at));
  await writeFileAtomic(file, text);
  const all = await listBackups(dir, collection);
  // Old generations go only after the new one is durable.
  for (const old of all.slice(BACKUP_GENERATIONS)) await rm(old, { force: true });
  return file;
}

/** Backups of `collection` in `dir`, newest first. */
export async function listBackups(dir: string, collection: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const pattern = new RegExp(`^${escapeRegExp(collection)}\\.\\d{8}T\\d{9}Z\\.json$`);
  return names
    .filter((n) => pattern.test(n))
    .sort()
    .reverse()
    .map((n) => path.join(dir, n));
}

/** The newest backup that parses as a whole envelope, or null. */
export async function newestGoodBackup(
  dir: string,
  collection: string,
): Promise<{ file: string; envelope: Envelope } | null> {
  for (const file of await listBackups(dir, collection)) {
    const envelope = parseEnvelope(await readFile(file, 'utf8').catch(() => ''));
    if (envelope) return { file, envelope };
  }
  return null;
}

/** Moves a damaged file aside as `<file>.corrupt-<ts>` (never overwritten, never deleted). */
export async function quarantine(file: string, at: Date): Promise<string> {
  const target = `${file}.corrupt-${at.toISOString().replace(/[-:.]/g, '')}`;
  await rename(file, target);
  return target;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
