import { randomUUID } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../fs/atomic-write';
import { appDataSidecar, folderSidecar } from '../sidecar/location';
import { sidecarFor } from '../sidecar/store';
import type { Session } from '../session';

/**
 * The folder's identity for portable passage links (ADR 073): a random id kept in the sidecar
 * (`project-identity` collection), so it travels with the folder and its annotations, plus a small
 * registry in the app data directory that remembers where each id was last seen on this machine.
 */

const COLLECTION = 'project-identity';
const RECORD_ID = 'project';
const IdentitySchema = z.object({
  id: z.literal(RECORD_ID),
  projectId: z.string().uuid(),
  createdAt: z.string(),
});

/** The open folder's project id, created on first use; null when the sidecar cannot be written. */
export async function ensureProjectId(session: Session): Promise<string | null> {
  const ws = session.workspace();
  try {
    const col = await sidecarFor(session).collection(COLLECTION, IdentitySchema, 1);
    let record = col.get(RECORD_ID);
    if (!record) {
      record = { id: RECORD_ID, projectId: randomUUID(), createdAt: new Date().toISOString() };
      await col.put(record);
    }
    await rememberProject(session.options.dataDir, record.projectId, ws.root).catch(() => undefined);
    return record.projectId;
  } catch {
    // A read-only sidecar: links then name the folder and fall back to finding the file (ADR 073).
    return null;
  }
}

/** The open folder's project id if it has one (never creates it). */
export async function knownProjectId(session: Session): Promise<string | null> {
  try {
    const col = await sidecarFor(session).collection(COLLECTION, IdentitySchema, 1);
    return col.get(RECORD_ID)?.projectId ?? null;
  } catch {
    return null;
  }
}

/**
 * The project id of a folder that is not open, read from its sidecar's identity file (in the folder, or
 * its app-data stand-in); null when it has none or it cannot be read. Only the id is looked for, so the
 * collection's envelope format stays the sidecar's business.
 */
export async function projectIdOf(folder: string, dataDir: string): Promise<string | null> {
  for (const dir of [folderSidecar(folder), appDataSidecar(folder, dataDir)]) {
    try {
      const text = await readFile(path.join(dir, `${COLLECTION}.json`), 'utf8');
      const id = /"projectId"\s*:\s*"([0-9a-fA-F-]{36})"/.exec(text)?.[1];
      if (id) return id.toLowerCase();
    } catch {
      // No identity here: try the other place.
    }
  }
  return null;
}

const RegistrySchema = z.object({
  version: z.literal(1),
  projects: z.record(z.string(), z.array(z.string())),
});
type Registry = z.infer<typeof RegistrySchema>;
/** Folders remembered per project id (a folder copied to two places is both). */
const MAX_FOLDERS_PER_PROJECT = 5;

function registryFile(dataDir: string): string {
  return path.join(dataDir, 'passage-links.json');
}

async function readRegistry(dataDir: string): Promise<Registry> {
  try {
    return RegistrySchema.parse(JSON.parse(await readFile(registryFile(dataDir), 'utf8')));
  } catch {
    // Missing or damaged: it only speeds up finding folders, the links still resolve without it.
    return { version: 1, projects: {} };
  }
}

/** Records that `projectId` lives at `folder` on this machine (most recent first). */
export async function rememberProject(dataDir: string, projectId: string, folder: string): Promise<void> {
  const reg = await readRegistry(dataDir);
  const known = reg.projects[projectId] ?? [];
  if (known[0] === folder) return;
  reg.projects[projectId] = [folder, ...known.filter((f) => f !== folder)].slice(0, MAX_FOLDERS_PER_PROJECT);
  await mkdir(dataDir, { recursive: true });
  await writeFileAtomic(registryFile(dataDir), JSON.stringify(reg, null, 2));
}

/** Folders where `projectId` was seen on this machine, most recent first. */
export async function foldersOfProject(dataDir: string, projectId: string): Promise<string[]> {
  return (await readRegistry(dataDir)).projects[projectId] ?? [];
}
