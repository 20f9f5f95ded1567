import { writeBackup } from './backups';
import type { StoredRecord } from './envelope';
import type { LoadOutcome } from './load';

/** Upgrades one record value from version `n` to `n + 1` (keyed by `n`). */
export type Migrations = Record<number, (value: unknown) => unknown>;

/** What a loaded file means for this version of the app. */
export interface Loaded {
  records: StoredRecord[];
  /** Set when the file is from a newer Dossier: the collection opens read-only with this message. */
  readOnly: string | null;
  /** True when records were migrated and must be written back. */
  rewrite: boolean;
}

/**
 * Interprets a loaded envelope for `config.version`: same version as is; older versions run each
 * migration step in order (after a backup of the original file); a newer version is never written
 * (Zotero's rule: older code never modifies newer data) and the message names both versions.
 */
export async function loadInto(
  outcome: LoadOutcome,
  config: { name: string; version: number; migrations?: Migrations; backupDir: string; dir: string },
): Promise<Loaded> {
  const envelope = outcome.envelope;
  if (!envelope) return { records: [], readOnly: null, rewrite: false };
  if (envelope.schemaVersion > config.version)
    return {
      records: envelope.records,
      readOnly: `sidecar: ${config.name}.json was saved by a newer Dossier (${config.name} schema ${envelope.schemaVersion}); this version understands schema ${config.version}. It is open read-only so nothing is lost — update Dossier to edit it.`,
      rewrite: false,
    };
  if (envelope.schemaVersion === config.version)
    return { records: envelope.records, readOnly: null, rewrite: false };
  if (outcome.text !== null)
    await writeBackup(
      config.backupDir,
      `${config.name}.v${envelope.schemaVersion}`,
      outcome.text,
      new Date(),
    );
  let records = envelope.records;
  for (let v = envelope.schemaVersion; v < config.version; v++) {
    const step = config.migrations?.[v];
    if (!step)
      return {
        records: envelope.records,
        readOnly: `sidecar: ${config.name}.json has schema ${envelope.schemaVersion} and this Dossier has no migration from schema ${v} to ${v + 1}; it is open read-only. Report this as a bug.`,
        rewrite: false,
      };
    records = records.map((r) => (r.deleted ? r : { ...r, value: step(r.value) }));
  }
  return { records, readOnly: null, rewrite: true };
}
