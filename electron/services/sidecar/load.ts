import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isErrnoException } from '../errors';
import { newestGoodBackup, quarantine } from './backups';
import { parseEnvelope, type Envelope } from './envelope';

/** What reading a collection file found; `notice` is for the user when something was recovered. */
export interface LoadOutcome {
  envelope: Envelope | null;
  /** Raw text as read (for the pre-migration backup); null when nothing usable was on disk. */
  text: string | null;
  notice: string | null;
}

/**
 * Reads `<dir>/<name>.json`. A missing file is an empty collection. A file that is not a whole, valid
 * envelope (truncated, garbage, wrong collection) is moved aside as `*.corrupt-<ts>` and the newest backup
 * that parses is loaded instead; the notice says which backup and what may be missing.
 */
export async function loadCollectionFile(
  file: string,
  collection: string,
  backupDir: string,
): Promise<LoadOutcome> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if (isErrnoException(e) && e.code === 'ENOENT') return { envelope: null, text: null, notice: null };
    throw e;
  }
  const envelope = parseEnvelope(text);
  if (envelope && envelope.collection === collection) return { envelope, text, notice: null };
  const moved = await quarantine(file, new Date());
  const backup = await newestGoodBackup(backupDir, collection);
  const base = `sidecar: ${path.basename(file)} was damaged and has been kept as ${path.basename(moved)}.`;
  if (!backup)
    return {
      envelope: null,
      text: null,
      notice: `${base} No backup was found, so ${collection} start empty; the damaged file may be recoverable by hand.`,
    };
  return {
    envelope: backup.envelope,
    text: null,
    notice: `${base} Restored the backup of ${backup.envelope.savedAt} (${backup.envelope.records.length} records); changes made after that time may be missing — compare with the damaged copy.`,
  };
}
