import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { z } from 'zod';
import type { SidecarInfo } from '../../../shared/model/workspace';
import type { AtomicWriteFs } from '../fs/atomic-write';
import type { Session } from '../session';
import type { Workspace } from '../workspace/workspace';
import { SidecarCollection, type CollectionStatus, type Migrations } from './collection';
import { folderKey } from './location';

/** Options of {@link SidecarStore}; tests pass their own backup dir and fs seam. */
export interface SidecarStoreOptions {
  /** The sidecar directory (`<folder>/.dossier` or its app-data stand-in). */
  dir: string;
  /** Where rotating backups go (outside the project folder by default, see {@link sidecarFor}). */
  backupDir?: string;
  /** When set, every collection is read-only with this message (e.g. the sidecar cannot be written). */
  readOnlyReason?: string | null;
  /** Fault-injection seam passed to the atomic writer. */
  fs?: AtomicWriteFs;
  /** Called after every durable save (the session emits `sidecar.saved`). */
  onSaved?: (file: string, at: string) => void;
}

/**
 * The project sidecar (DESIGN.md §5): one human-readable JSON file per collection, schema-versioned,
 * written atomically with rotating backups, merge-on-write so several hosts can share a folder.
 */
export class SidecarStore {
  private readonly collections = new Map<string, Promise<SidecarCollection<{ id: string }>>>();
  /** This host's identity in record merges. */
  readonly writer = `${process.pid}-${randomBytes(4).toString('hex')}`;

  constructor(readonly options: SidecarStoreOptions) {}

  /**
   * Opens (once) the collection `name`: records validated by `schema`, stored at schema `version`;
   * `migrations[n]` upgrades a record value from version n to n + 1.
   */
  collection<T extends { id: string }>(
    name: string,
    schema: z.ZodType<T>,
    version: number,
    migrations?: Migrations,
  ): Promise<SidecarCollection<T>> {
    if (!/^[a-z][a-z0-9-]*$/.test(name))
      throw new Error(`sidecar: collection name "${name}" must be kebab-case ASCII`);
    let opening = this.collections.get(name);
    if (!opening) {
      opening = SidecarCollection.open<T>({
        name,
        schema,
        version,
        ...(migrations ? { migrations } : {}),
        dir: this.options.dir,
        backupDir: this.options.backupDir ?? path.join(this.options.dir, 'backups'),
        writer: this.writer,
        readOnlyReason: this.options.readOnlyReason ?? null,
        ...(this.options.fs ? { fs: this.options.fs } : {}),
        onSaved: (file, at) => this.options.onSaved?.(file, at),
      }) as unknown as Promise<SidecarCollection<{ id: string }>>;
      // A failed open is not cached: the next call retries.
      opening.catch(() => this.collections.delete(name));
      this.collections.set(name, opening);
    }
    return opening as unknown as Promise<SidecarCollection<T>>;
  }

  /** Waits for every pending save of every opened collection. */
  async flush(): Promise<void> {
    for (const c of this.collections.values()) await (await c.catch(() => null))?.flush();
  }

  /** Status of every opened collection (read-only reasons, recoveries, unsaved changes). */
  async status(): Promise<CollectionStatus[]> {
    const out: CollectionStatus[] = [];
    for (const c of this.collections.values()) {
      const col = await c.catch(() => null);
      if (col) out.push(col.status());
    }
    return out;
  }
}

const stores = new WeakMap<Workspace, SidecarStore>();

/** The sidecar store of the session's open workspace (created on first use, one per workspace). */
export function sidecarFor(session: Session): SidecarStore {
  const ws = session.workspace();
  let store = stores.get(ws);
  if (!store) {
    store = new SidecarStore({
      dir: ws.sidecar.path,
      backupDir: backupDirFor(session.options.dataDir, ws.root),
      readOnlyReason: readOnlyReason(ws.sidecar),
      onSaved: (file, at) => session.events.emit('sidecar.saved', { at, file: path.basename(file) }),
    });
    stores.set(ws, store);
    // Closing the folder (another folder opened, window closed, host stopping) waits for pending saves.
    const closing = store;
    ws.onClose(() => closing.flush());
  }
  return store;
}

/** Backups live in the app data folder, outside the project folder (an evidence folder stays untouched). */
export function backupDirFor(dataDir: string, root: string): string {
  return path.join(dataDir, 'backups', folderKey(root));
}

function readOnlyReason(info: SidecarInfo): string | null {
  if (!info.readOnly) return null;
  return `sidecar: the sidecar at ${info.path} cannot be written${info.reason ? ` (${info.reason})` : ''}. Your annotations are shown read-only; move the sidecar to the app data folder to edit.`;
}
