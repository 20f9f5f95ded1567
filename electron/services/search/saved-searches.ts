import { readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Params } from '../../../shared/contract';
import { SavedSearchSchema, type SavedSearch } from '../../../shared/model/search';
import { DossierError, isErrnoException } from '../errors';
import type { Session } from '../session';
import type { SidecarCollection } from '../sidecar/collection';
import { sidecarFor } from '../sidecar/store';
import type { Workspace } from '../workspace/workspace';

/** Sidecar collection of saved searches (`<sidecar>/searches.json`). */
export const SAVED_COLLECTION = 'searches';
/** Schema version of the saved-search records; bump with a migration step. */
export const SAVED_VERSION = 1;
/** The file saved searches lived in before the sidecar store (read once, then kept as {@link LEGACY_DONE}). */
export const LEGACY_FILE = 'saved-searches.json';
/** What the old file is renamed to once its searches are in the collection (kept, never deleted). */
export const LEGACY_DONE = 'saved-searches.migrated.json';

/** A saved search as stored: its id is the folded name, so one name is one record across hosts. */
export const SavedSearchRecordSchema = SavedSearchSchema.extend({ id: z.string().min(1) });
/** A {@link SavedSearchRecordSchema} value. */
export type SavedSearchRecord = z.infer<typeof SavedSearchRecordSchema>;

const LegacyFileSchema = z.object({ version: z.literal(1), searches: z.array(SavedSearchSchema) });

/** The record id of a name: names are unique ignoring case and surrounding space ("Kyiv" = "kyiv "). */
export function savedSearchId(name: string): string {
  return name.normalize('NFC').trim().toLocaleLowerCase();
}

interface SavedState {
  col: SidecarCollection<SavedSearchRecord>;
  /** Old-file searches that could not be moved (read-only sidecar): listed, not written. */
  legacy: SavedSearchRecord[];
}

const states = new WeakMap<Workspace, Promise<SavedState>>();

/** The saved searches of the session's folder: the sidecar collection, opened (and migrated) once. */
export function savedSearchesFor(session: Session): Promise<SavedState> {
  const ws = session.workspace();
  let st = states.get(ws);
  if (!st) {
    st = open(session, ws);
    st.catch(() => states.delete(ws));
    states.set(ws, st);
  }
  return st;
}

async function open(session: Session, ws: Workspace): Promise<SavedState> {
  const col = await sidecarFor(session).collection(SAVED_COLLECTION, SavedSearchRecordSchema, SAVED_VERSION);
  return { col, legacy: await migrateLegacy(col, ws.sidecar.path) };
}

/**
 * Moves the searches of the pre-sidecar file into the collection, once: records are written first
 * (durably), then the old file is renamed to {@link LEGACY_DONE} — so a crash in between only means
 * the next open reads it again, and a name already in the collection is never overwritten (the
 * collection's copy is newer). A read-only sidecar cannot take them: they are returned to be listed.
 * An unreadable old file is left untouched and reported in the log; nothing is deleted either way.
 */
export async function migrateLegacy(
  col: SidecarCollection<SavedSearchRecord>,
  dir: string,
): Promise<SavedSearchRecord[]> {
  const file = path.join(dir, LEGACY_FILE);
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (e) {
    if (isErrnoException(e) && e.code === 'ENOENT') return [];
    console.error(`search: cannot read the old ${LEGACY_FILE}; it is left as it is:`, e);
    return [];
  }
  const parsed = LegacyFileSchema.safeParse(safeJson(raw));
  if (!parsed.success) {
    console.error(
      `search: ${file} is not a saved-searches file this version understands; it is left as it is.`,
    );
    return [];
  }
  const todo = parsed.data.searches
    .map((s) => ({ ...s, id: savedSearchId(s.name) }))
    .filter((s) => s.id.length > 0 && !col.get(s.id));
  if (col.status().readOnly) return todo;
  await col.putMany(dedupeById(todo));
  await rename(file, path.join(dir, LEGACY_DONE)).catch((e: unknown) => {
    // Another window migrated it at the same moment: its records merge with ours by id.
    if (!(isErrnoException(e) && e.code === 'ENOENT')) throw e;
  });
  return [];
}

function dedupeById(rows: SavedSearchRecord[]): SavedSearchRecord[] {
  const byId = new Map<string, SavedSearchRecord>();
  for (const r of rows) {
    const prev = byId.get(r.id);
    if (!prev || prev.savedAt < r.savedAt) byId.set(r.id, r);
  }
  return [...byId.values()];
}

/** Every saved search of the folder, by name (another window's saves are picked up first). */
export async function listSaved(session: Session): Promise<SavedSearch[]> {
  const st = await savedSearchesFor(session);
  await st.col.refresh().catch(() => undefined);
  const rows = [...st.col.all(), ...st.legacy.filter((l) => !st.col.get(l.id))];
  return rows
    .map(({ name, query, filters, savedAt }) => ({ name, query, filters, savedAt }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

function mustFind(st: SavedState, name: string): SavedSearchRecord {
  const status = st.col.status();
  if (status.readOnly)
    throw new DossierError('read_only', status.message ?? 'search: the sidecar is read-only.');
  const found = st.col.get(savedSearchId(name));
  if (!found)
    throw new DossierError(
      'not_found',
      `search: no saved search named "${name}"; it may have been renamed or deleted in another window.`,
    );
  return found;
}

function cleanName(name: string): string {
  const clean = name.normalize('NFC').trim();
  if (!clean) throw new DossierError('invalid_params', 'search: a saved search needs a name.');
  return clean;
}

/** `search.saved.save`: adds, or replaces the search with the same name (ignoring case). */
export async function saveSearch(session: Session, p: Params<'search.saved.save'>): Promise<SavedSearch[]> {
  const st = await savedSearchesFor(session);
  const name = cleanName(p.name);
  await st.col.put({
    id: savedSearchId(name),
    name,
    query: p.query,
    filters: p.filters ?? [],
    savedAt: new Date().toISOString(),
  });
  return listSaved(session);
}

/**
 * `search.saved.rename`: the new record is written before the old one is removed, so a crash in
 * between leaves both names, never neither.
 */
export async function renameSearch(
  session: Session,
  p: Params<'search.saved.rename'>,
): Promise<SavedSearch[]> {
  const st = await savedSearchesFor(session);
  const from = mustFind(st, p.name);
  const to = cleanName(p.to);
  const id = savedSearchId(to);
  if (id !== from.id && st.col.get(id))
    throw new DossierError(
      'conflict',
      `search: a saved search named "${st.col.get(id)?.name ?? to}" already exists. Choose another name or delete that one first.`,
    );
  await st.col.put({ ...from, id, name: to });
  if (id !== from.id) await st.col.remove(from.id);
  return listSaved(session);
}

/** `search.saved.delete`: removes a saved search by name (not_found if absent). */
export async function deleteSearch(session: Session, name: string): Promise<SavedSearch[]> {
  const st = await savedSearchesFor(session);
  await st.col.remove(mustFind(st, name).id);
  return listSaved(session);
}

/** Handlers of the saved-search methods (spread into the search handlers). */
export function savedSearchHandlers(session: Session) {
  return {
    'search.saved.list': () => listSaved(session),
    'search.saved.save': (p: Params<'search.saved.save'>) => saveSearch(session, p),
    'search.saved.rename': (p: Params<'search.saved.rename'>) => renameSearch(session, p),
    'search.saved.delete': ({ name }: { name: string }) => deleteSearch(session, name),
  };
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}
