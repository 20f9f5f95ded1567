/**
 * Fault matrix rows 4-7 at the sidecar level (RELIABILITY-ANCHORS §6). Companion tests that already cover
 * parts of these rows: tests/unit/electron/services/sidecar/store.test.ts (ENOSPC kept in memory and saved
 * on the next change, EACCES, rename retried, garbage with no backup, migration backup) and
 * tests/unit/electron/services/fs/atomic-write.test.ts (retry, give-up, temp removed). What is added here:
 * every corruption shape against a real backup, mtimes and directory listings unchanged for a newer
 * version, and the retry limit and its message for a rename that stays busy.
 */
import { readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { writeFileAtomic } from '../../../electron/services/fs/atomic-write';
import { SidecarStore } from '../../../electron/services/sidecar/store';
import { tempDir } from '../../support/temp';

const Note = z.object({ id: z.string(), text: z.string() });

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('dossier-sidecar-faults-'));
});
afterEach(async () => cleanup());

const sidecar = () => path.join(dir, '.dossier');
const backups = () => path.join(dir, 'backups');
const file = () => path.join(sidecar(), 'notes.json');
const store = (extra: Partial<ConstructorParameters<typeof SidecarStore>[0]> = {}) =>
  new SidecarStore({ dir: sidecar(), backupDir: backups(), ...extra });

/** A store with notes a and b saved (the first save of a session also writes a backup generation). */
async function seeded(): Promise<string> {
  const notes = await store().collection('notes', Note, 1);
  await notes.putMany([
    { id: 'a', text: 'first' },
    { id: 'b', text: 'second' },
  ]);
  return readFile(file(), 'utf8');
}

async function snapshot(d: string): Promise<Record<string, { bytes: string; mtimeMs: number }>> {
  const out: Record<string, { bytes: string; mtimeMs: number }> = {};
  for (const name of (await readdir(d)).sort()) {
    const p = path.join(d, name);
    out[name] = { bytes: await readFile(p, 'base64'), mtimeMs: (await stat(p)).mtimeMs };
  }
  return out;
}

describe('corrupt and newer-version sidecars (rows 6 and 7)', () => {
  const shapes: Record<string, (good: string) => string> = {
    truncated: (good) => good.slice(0, Math.floor(good.length / 2)),
    garbage: () => '\u0000\u0001PK\u0003\u0004 not json at all \uFFFD',
    empty: () => '',
    'valid JSON, not a sidecar': () => '{"hello":"world"}\n',
  };
  for (const [shape, damage] of Object.entries(shapes))
    it(`${shape}: quarantined as *.corrupt-<ts>, the newest good backup loaded, the user told`, async () => {
      const good = await seeded();
      const bad = damage(good);
      await writeFile(file(), bad);
      const notes = await store().collection('notes', Note, 1);
      expect(notes.all()).toEqual([
        { id: 'a', text: 'first' },
        { id: 'b', text: 'second' },
      ]);
      const names = await readdir(sidecar());
      const quarantined = names.filter((n) => /^notes\.json\.corrupt-\d{8}T\d{9}Z$/.test(n));
      expect(quarantined).toHaveLength(1);
      expect(await readFile(path.join(sidecar(), quarantined[0]!), 'utf8')).toBe(bad);
      expect(notes.status().message).toMatch(/damaged.*kept as notes\.json\.corrupt-.*Restored the backup/);
      // The restored records are written back at once: the folder holds them again.
      expect(JSON.parse(await readFile(file(), 'utf8'))).toMatchObject({ schemaVersion: 1 });
    });

  it('newer version: read-only naming both versions; no byte, mtime or file changes anywhere', async () => {
    const future = await store().collection('notes', Note, 4);
    await future.put({ id: 'a', text: 'written by a newer Dossier' });
    const before = { sidecar: await snapshot(sidecar()), backups: await snapshot(backups()) };
    const old = await store().collection('notes', Note, 2);
    expect(old.status()).toMatchObject({ readOnly: true });
    expect(old.status().message).toMatch(/schema 4.*understands schema 2.*read-only/);
    expect(old.get('a')).toEqual({ id: 'a', text: 'written by a newer Dossier' });
    await expect(old.put({ id: 'b', text: 'x' })).rejects.toMatchObject({ code: 'read_only' });
    await expect(old.remove('a')).rejects.toMatchObject({ code: 'read_only' });
    await old.flush();
    expect({ sidecar: await snapshot(sidecar()), backups: await snapshot(backups()) }).toEqual(before);
  });
});

describe('save failures (rows 4 and 5)', () => {
  it('ENOSPC and EACCES: clear error, edit kept in memory, old file bytes and mtime untouched', async () => {
    await seeded();
    for (const [code, message] of [
      ['ENOSPC', /disk is full.*kept in memory/],
      ['EACCES', /no permission to write notes\.json.*Check the folder/],
    ] as const) {
      const before = await snapshot(sidecar());
      const failing = async () => {
        throw Object.assign(new Error(code), { code });
      };
      const notes = await store({ fs: { rename: failing as typeof rename } }).collection('notes', Note, 1);
      await expect(notes.put({ id: 'c', text: `edit during ${code}` })).rejects.toThrow(message);
      expect(notes.get('c')).toEqual({ id: 'c', text: `edit during ${code}` });
      expect(notes.status()).toMatchObject({ unsaved: 1 });
      expect(notes.status().message).toMatch(/1 unsaved change kept in memory/);
      expect(await snapshot(sidecar())).toEqual(before);
    }
  });

  it('rename busy k times: retried with backoff and saved; busy beyond the limit: clear error, no temp file', async () => {
    const target = path.join(dir, 'store.json');
    await writeFile(target, 'old');
    let calls = 0;
    const busyTwice = async (a: string, b: string) => {
      if (++calls <= 2)
        throw Object.assign(new Error('resource busy'), { code: calls === 1 ? 'EPERM' : 'EBUSY' });
      return rename(a, b);
    };
    await writeFileAtomic(target, 'new', { rename: busyTwice as typeof rename });
    expect(calls).toBe(3);
    expect(await readFile(target, 'utf8')).toBe('new');

    let attempts = 0;
    const alwaysBusy = async () => {
      attempts++;
      throw Object.assign(new Error('resource busy or locked'), { code: 'EBUSY' });
    };
    const before = await snapshot(dir);
    await expect(writeFileAtomic(target, 'newer', { rename: alwaysBusy as typeof rename })).rejects.toThrow(
      /store\.json.*(busy|held).*(try again|close)/i,
    );
    expect(attempts).toBe(6);
    expect(await snapshot(dir)).toEqual(before);
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
