import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../fs/atomic-write';

/** File in the sidecar folder that holds the analyst's per-file encoding choices. */
export const ENCODINGS_FILE = 'ingest-encodings.json';

const StoreSchema = z.object({ version: z.literal(1), overrides: z.record(z.string(), z.string()) });

/**
 * Per-file encoding overrides, kept in a small versioned JSON file in the sidecar folder and written
 * atomically. (A dedicated file rather than a sidecar collection: the scan needs the overrides before the
 * workspace — and so the collection store — exists.) A corrupt file is kept aside and treated as empty.
 */
export async function loadEncodings(sidecarDir: string): Promise<Map<string, string>> {
  try {
    const parsed = StoreSchema.safeParse(
      JSON.parse(await readFile(path.join(sidecarDir, ENCODINGS_FILE), 'utf8')),
    );
    return new Map(parsed.success ? Object.entries(parsed.data.overrides) : []);
  } catch {
    return new Map();
  }
}

/** Saves the overrides (atomic: temp file, fsync, rename). */
export async function saveEncodings(
  sidecarDir: string,
  overrides: ReadonlyMap<string, string>,
): Promise<void> {
  await mkdir(sidecarDir, { recursive: true });
  const body = JSON.stringify({ version: 1, overrides: Object.fromEntries([...overrides].sort()) }, null, 2);
  await writeFileAtomic(path.join(sidecarDir, ENCODINGS_FILE), `${body}\n`);
}
