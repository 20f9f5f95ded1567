import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { DossierError } from '../errors';
import { writeFileAtomic, type AtomicWriteFs } from '../fs/atomic-write';
import { BACKUP_INTERVAL_MS, writeBackup } from './backups';
import { newer, parseEnvelope, serializeEnvelope, SIDECAR_FORMAT, type StoredRecord } from './envelope';
import { loadCollectionFile } from './load';
import { withFileLock } from './lock';
import { loadInto } from './migrate';

export type { Migrations } from './migrate';

/** How a collection is stored and where its notices go. */
export interface CollectionConfig<T extends { id: string }> {
  name: string;
  schema: z.ZodType<T>;
  version: number;
  migrations?: import('./migrate').Migrations;
  dir: string;
  backupDir: string;
  /** Identifies this host in merges (random per store). */
  writer: string;
  /** Sidecar known to be unwritable (e.g. read-only location): every write is refused with this reason. */
  readOnlyReason: string | null;
  fs?: AtomicWriteFs;
  onSaved: (file: string, at: string) => void;
}

/** Who caused a change: this store, or another host's save picked up from disk. */
export type ChangeOrigin = 'local' | 'remote';

/** The state a UI shows about one collection. */
export interface CollectionStatus {
  name: string;
  file: string;
  readOnly: boolean;
  /** Read-only reason, recovery report or last save error; null when all is well. */
  message: string | null;
  /** Changes held in memory that the last save could not write. */
  unsaved: number;
}

/**
 * One named collection of records in the sidecar. Every change is written before its promise resolves
 * (no debounce: an acknowledged change survives a crash or quit); changes made while a save runs are
 * written together by the next save. Saves read-merge-write under a file lock, keyed by id + revision.
 */
export class SidecarCollection<T extends { id: string }> {
  readonly file: string;
  private readonly records = new Map<string, StoredRecord>();
  private readonly values = new Map<string, T>();
  private readonly dirty = new Set<string>();
  private readonly listeners = new Set<(ids: string[], origin: ChangeOrigin) => void>();
  private readOnly: string | null;
  private notice: string | null = null;
  private lastError: string | null = null;
  private running: Promise<void> | null = null;
  private queued: Promise<void> | null = null;
  private lastBackup = 0;
  private seen: { mtimeMs: number; size: number } | null = null;

  private constructor(private readonly config: CollectionConfig<T>) {
    this.file = path.join(config.dir, `${config.name}.json`);
    this.readOnly = config.readOnlyReason;
  }

  /** Loads (recovering or migrating as needed) and returns the collection. */
  static async open<T extends { id: string }>(config: CollectionConfig<T>): Promise<SidecarCollection<T>> {
    const c = new SidecarCollection(config);
    await c.load();
    return c;
  }

  /** Every live record, in id order. */
  all(): T[] {
    return [...this.values.keys()].sort().map((id) => this.values.get(id) as T);
  }

  /** One record or undefined. */
  get(id: string): T | undefined {
    return this.values.get(id);
  }

  /** Stores `value` (validated) and resolves once it is durably on disk. */
  async put(value: T): Promise<void> {
    this.assertWritable();
    const parsed = this.config.schema.parse(value);
    this.stage(parsed.id, parsed);
    this.emit([parsed.id], 'local');
    await this.save();
  }

  /** Stores several records in one save. */
  async putMany(values: T[]): Promise<void> {
    if (values.length === 0) return;
    this.assertWritable();
    const parsed = values.map((v) => this.config.schema.parse(v));
    for (const v of parsed) this.stage(v.id, v);
    this.emit(
      parsed.map((v) => v.id),
      'local',
    );
    await this.save();
  }

  /** Deletes `id` (kept as a tombstone so other hosts' merges cannot bring it back). */
  async remove(id: string): Promise<void> {
    this.assertWritable();
    if (!this.values.has(id)) return;
    this.stage(id, undefined);
    this.emit([id], 'local');
    await this.save();
  }

  /** Subscribes to changes; returns the unsubscribe function. */
  onChange(listener: (ids: string[], origin: ChangeOrigin) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Waits for every pending save (hosts call it on quit, close and visibility change). */
  async flush(): Promise<void> {
    while (this.queued || this.running) await (this.queued ?? this.running)?.catch(() => undefined);
    if (this.dirty.size > 0 && !this.readOnly) await this.save();
  }

  /** Picks up another host's saves from disk (cheap when the file is unchanged). */
  async refresh(): Promise<void> {
    const info = await stat(this.file).catch(() => null);
    if (!info || (this.seen && info.mtimeMs === this.seen.mtimeMs && info.size === this.seen.size)) return;
    const envelope = parseEnvelope(await readFile(this.file, 'utf8').catch(() => ''));
    if (!envelope || envelope.schemaVersion !== this.config.version) return;
    this.seen = { mtimeMs: info.mtimeMs, size: info.size };
    this.emit(this.mergeFromDisk(envelope.records), 'remote');
  }

  /** What the UI shows about this collection. */
  status(): CollectionStatus {
    return {
      name: this.config.name,
      file: this.file,
      readOnly: this.readOnly !== null,
      message: this.readOnly ?? this.lastError ?? this.notice,
      unsaved: this.dirty.size,
    };
  }

  private stage(id: string, value: T | undefined): void {
    const prev = this.records.get(id);
    const record: StoredRecord = {
      id,
      rev: (prev?.rev ?? 0) + 1,
      updatedAt: new Date().toISOString(),
      writer: this.config.writer,
    };
    if (value === undefined) record.deleted = true;
    else record.value = value;
    this.records.set(id, record);
    if (value === undefined) this.values.delete(id);
    else this.values.set(id, value);
    this.dirty.add(id);
  }

  private assertWritable(): void {
    if (this.readOnly) throw new DossierError('read_only', this.readOnly);
  }

  private emit(ids: string[], origin: ChangeOrigin): void {
    if (ids.length === 0) return;
    for (const l of this.listeners) {
      try {
        l(ids, origin);
      } catch (e) {
        console.error(`sidecar: a ${this.config.name} listener failed:`, e);
      }
    }
  }

  /** Group commit: one save runs at a time; every change staged before a queued save starts is in it. */
  private save(): Promise<void> {
    if (this.queued) return this.queued;
    const previous = this.running ?? Promise.resolve();
    const next = previous
      .catch(() => undefined)
      .then(async () => {
        this.queued = null;
        this.running = next;
        try {
          await this.writeNow();
        } finally {
          if (this.running === next) this.running = null;
        }
      });
    this.queued = next;
    return next;
  }

  private async writeNow(): Promise<void> {
    if (this.dirty.size === 0) return;
    try {
      await mkdir(this.config.dir, { recursive: true });
      await withFileLock(this.file, async () => {
        const disk = await loadCollectionFile(this.file, this.config.name, this.config.backupDir);
        if (disk.notice) this.notice = disk.notice;
        const remote = disk.envelope?.schemaVersion === this.config.version ? disk.envelope.records : [];
        this.emit(this.mergeFromDisk(remote), 'remote');
        // Captured after the merge: a change staged while this write runs stays dirty for the next save.
        const flushing = new Map([...this.dirty].map((id) => [id, this.records.get(id)]));
        const savedAt = new Date().toISOString();
        const text = serializeEnvelope({
          format: SIDECAR_FORMAT,
          collection: this.config.name,
          schemaVersion: this.config.version,
          savedAt,
          records: [...this.records.values()],
        });
        await writeFileAtomic(this.file, text, this.config.fs);
        const info = await stat(this.file).catch(() => null);
        if (info) this.seen = { mtimeMs: info.mtimeMs, size: info.size };
        for (const [id, rec] of flushing) if (this.records.get(id) === rec) this.dirty.delete(id);
        this.lastError = null;
        this.config.onSaved(this.file, savedAt);
        if (Date.now() - this.lastBackup > BACKUP_INTERVAL_MS) {
          this.lastBackup = Date.now();
          await writeBackup(this.config.backupDir, this.config.name, text, new Date()).catch((e: unknown) =>
            console.error('sidecar: backup failed:', e),
          );
        }
      });
    } catch (e) {
      this.lastError =
        e instanceof Error
          ? `${e.message} (${this.dirty.size} unsaved change${this.dirty.size === 1 ? '' : 's'} kept in memory)`
          : String(e);
      throw e;
    }
  }

  /** Merges disk records into memory; local unsaved changes win (rebased above the disk revision). */
  private mergeFromDisk(remote: StoredRecord[]): string[] {
    const changed: string[] = [];
    for (const d of remote) {
      const local = this.records.get(d.id);
      if (local && this.dirty.has(d.id)) {
        if (local.rev <= d.rev) this.records.set(d.id, { ...local, rev: d.rev + 1 });
        continue;
      }
      if (local && !newer(d, local)) continue;
      this.records.set(d.id, d);
      if (this.adopt(d)) changed.push(d.id);
    }
    return changed;
  }

  /** Takes a stored record into the value map; returns whether the visible value changed. */
  private adopt(record: StoredRecord): boolean {
    const had = this.values.has(record.id);
    if (record.deleted) {
      this.values.delete(record.id);
      return had;
    }
    const parsed = this.config.schema.safeParse(record.value);
    if (parsed.success) this.values.set(record.id, parsed.data);
    // An invalid value stays in `records` and is written back untouched: nothing is ever dropped.
    else this.values.delete(record.id);
    return true;
  }

  private async load(): Promise<void> {
    const outcome = await loadCollectionFile(this.file, this.config.name, this.config.backupDir);
    this.notice = outcome.notice;
    const result = await loadInto(outcome, this.config);
    if (result.readOnly) this.readOnly = result.readOnly;
    for (const r of result.records) {
      this.records.set(r.id, r);
      this.adopt(r);
    }
    const info = await stat(this.file).catch(() => null);
    if (info) this.seen = { mtimeMs: info.mtimeMs, size: info.size };
    // A restored backup or a migration is written back at once so the folder holds it durably.
    if (!this.readOnly && (result.rewrite || (outcome.notice && outcome.envelope))) {
      for (const r of result.records) this.dirty.add(r.id);
      await this.save();
    }
  }
}
