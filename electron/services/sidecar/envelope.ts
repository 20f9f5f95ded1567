import { z } from 'zod';

/**
 * The on-disk shape of one sidecar collection file (`<sidecar>/<name>.json`). Human-readable: records are
 * sorted by id and pretty-printed, so a diff of two saves shows exactly what changed.
 */

/** Marker so a stray JSON file is never mistaken for a collection. */
export const SIDECAR_FORMAT = 'dossier-sidecar';

/**
 * One stored record. `rev` grows by one on every change; merges keep the higher revision per id, so two
 * hosts writing the same folder never lose each other's updates. A delete is kept as a tombstone
 * (`deleted: true`, no value) so a merge cannot resurrect it.
 */
export const StoredRecordSchema = z.object({
  id: z.string().min(1),
  rev: z.number().int().min(1),
  updatedAt: z.string(),
  /** Which host wrote this revision; breaks ties between equal revisions deterministically. */
  writer: z.string(),
  deleted: z.boolean().optional(),
  value: z.unknown().optional(),
});
/** A {@link StoredRecordSchema} value. */
export type StoredRecord = z.infer<typeof StoredRecordSchema>;

/** The whole file. `schemaVersion` is the collection's own version (migrations run per collection). */
export const EnvelopeSchema = z.object({
  format: z.literal(SIDECAR_FORMAT),
  collection: z.string(),
  schemaVersion: z.number().int().min(1),
  savedAt: z.string(),
  records: z.array(StoredRecordSchema),
});
/** A {@link EnvelopeSchema} value. */
export type Envelope = z.infer<typeof EnvelopeSchema>;

/** Parses file text; returns null for anything that is not a whole, valid envelope (truncated, garbage). */
export function parseEnvelope(text: string): Envelope | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = EnvelopeSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** Serialises an envelope: records sorted by id, two-space indent, trailing newline. */
export function serializeEnvelope(envelope: Envelope): string {
  const records = [...envelope.records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return `${JSON.stringify({ ...envelope, records }, null, 2)}\n`;
}

/** True when `a` should win over `b` for the same id: higher revision, then later time, then writer. */
export function newer(a: StoredRecord, b: StoredRecord): boolean {
  if (a.rev !== b.rev) return a.rev > b.rev;
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt;
  return a.writer > b.writer;
}
