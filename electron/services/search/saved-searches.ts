import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { SavedSearchSchema, type SavedSearch } from '../../../shared/model/search';
import type { SidecarInfo } from '../../../shared/model/workspace';
import { DossierError, isErrnoException } from '../errors';
import { writeFileAtomic } from '../fs/atomic-write';

/** File name of the saved searches inside the sidecar directory. */
export const SAVED_FILE = 'saved-searches.json';
const FileSchema = z.object({ version: z.literal(1), searches: z.array(SavedSearchSchema) });

/**
 * Saved searches in the project sidecar, as a small versioned JSON written atomically (temp, fsync,
 * rename). A general sidecar store did not exist when this was written; move there when it does.
 */
export class SavedSearches {
  constructor(private readonly sidecar: SidecarInfo) {}

  /** Every saved search, by name. An unreadable file is reported, never overwritten silently. */
  async list(): Promise<SavedSearch[]> {
    let raw: string;
    try {
      raw = await readFile(this.file(), 'utf8');
    } catch (e) {
      if (isErrnoException(e) && e.code === 'ENOENT') return [];
      throw new DossierError(
        'io_error',
        `search: cannot read saved searches (${String(e)}). Check the folder's permissions.`,
      );
    }
    const parsed = FileSchema.safeParse(safeJson(raw));
    if (!parsed.success)
      throw new DossierError(
        'corrupt',
        `search: ${this.file()} is not a saved-searches file this version understands; move it aside to start a new list.`,
      );
    return parsed.data.searches;
  }

  /** Adds or replaces `name`. */
  async save(name: string, query: string, filters: string[]): Promise<SavedSearch[]> {
    const list = (await this.list()).filter((s) => s.name !== name);
    list.push({ name, query, filters, savedAt: new Date().toISOString() });
    list.sort((a, b) => a.name.localeCompare(b.name));
    await this.write(list);
    return list;
  }

  /** Removes `name` (not_found if absent). */
  async remove(name: string): Promise<SavedSearch[]> {
    const list = await this.list();
    const next = list.filter((s) => s.name !== name);
    if (next.length === list.length)
      throw new DossierError('not_found', `search: no saved search named "${name}".`);
    await this.write(next);
    return next;
  }

  private async write(searches: SavedSearch[]): Promise<void> {
    if (this.sidecar.readOnly)
      throw new DossierError(
        'read_only',
        'search: this project is read-only, so searches cannot be saved. Move the sidecar to the app data folder.',
      );
    await mkdir(this.sidecar.path, { recursive: true });
    await writeFileAtomic(this.file(), `${JSON.stringify({ version: 1, searches }, null, 2)}\n`);
  }

  private file(): string {
    return path.join(this.sidecar.path, SAVED_FILE);
  }
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}
