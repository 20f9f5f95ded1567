import { readdir, readFile, writeFile, chmod, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SidecarStore } from '../../../../../electron/services/sidecar/store';
import { listBackups } from '../../../../../electron/services/sidecar/backups';
import { tempDir } from '../../../../support/temp';

const Note = z.object({ id: z.string(), text: z.string() });
type Note = z.infer<typeof Note>;

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(async () => {
  await chmod(dir, 0o755).catch(() => undefined);
  await cleanup();
});

function store(extra: Partial<ConstructorParameters<typeof SidecarStore>[0]> = {}): SidecarStore {
  return new SidecarStore({
    dir: path.join(dir, '.dossier'),
    backupDir: path.join(dir, 'backups'),
    ...extra,
  });
}

describe('sidecar store', () => {
  it('writes every acknowledged change to a readable JSON file and reads it back', async () => {
    const saved: string[] = [];
    const notes = await store({ onSaved: (f) => saved.push(path.basename(f)) }).collection('notes', Note, 1);
    await notes.put({ id: 'b', text: 'second' });
    await notes.put({ id: 'a', text: 'first' });
    await notes.remove('b');
    const text = await readFile(path.join(dir, '.dossier', 'notes.json'), 'utf8');
    const json = JSON.parse(text) as { schemaVersion: number; records: { id: string; deleted?: boolean }[] };
    expect(json.schemaVersion).toBe(1);
    expect(json.records.map((r) => [r.id, r.deleted ?? false])).toEqual([
      ['a', false],
      ['b', true],
    ]);
    expect(saved.length).toBeGreaterThan(0);
    const again = await store().collection('notes', Note, 1);
    expect(again.all()).toEqual([{ id: 'a', text: 'first' }]);
  });

  it('writes changes made during a save in the next save (group commit, nothing lost)', async () => {
    const notes = await store().collection('notes', Note, 1);
    await Promise.all(Array.from({ length: 50 }, (_, i) => notes.put({ id: `n${i}`, text: String(i) })));
    const again = await store().collection('notes', Note, 1);
    expect(again.all()).toHaveLength(50);
    expect(notes.status().unsaved).toBe(0);
  });

  it('two stores on one folder never lose each other’s updates (merge-on-write under a lock)', async () => {
    const a = await store().collection<Note>('notes', Note, 1);
    const b = await store().collection<Note>('notes', Note, 1);
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        i % 2 ? a.put({ id: `a${i}`, text: 'A' }) : b.put({ id: `b${i}`, text: 'B' }),
      ),
    );
    await a.remove('a1');
    await b.put({ id: 'b0', text: 'B edited' });
    const fresh = await store().collection<Note>('notes', Note, 1);
    expect(fresh.all()).toHaveLength(39);
    expect(fresh.get('a1')).toBeUndefined();
    expect(fresh.get('b0')?.text).toBe('B edited');
    await a.refresh();
    expect(a.get('b0')?.text).toBe('B edited');
    // b never saw the delete locally, but its later save must not resurrect a1
    await b.put({ id: 'z', text: 'late' });
    const last = await store().collection<Note>('notes', Note, 1);
    expect(last.get('a1')).toBeUndefined();
    expect(last.get('z')).toBeDefined();
  });

  it('moves a corrupt file aside, restores the newest good backup and says what may be missing', async () => {
    const notes = await store().collection('notes', Note, 1);
    await notes.put({ id: 'a', text: 'kept' });
    const file = path.join(dir, '.dossier', 'notes.json');
    const good = await readFile(file, 'utf8');
    await writeFile(file, good.slice(0, good.length / 2)); // truncated
    const again = await store().collection('notes', Note, 1);
    expect(again.get('a')?.text).toBe('kept');
    expect(again.status().message).toMatch(/damaged.*kept as notes\.json\.corrupt-.*Restored the backup/s);
    const names = await readdir(path.join(dir, '.dossier'));
    const corrupt = names.find((n) => n.startsWith('notes.json.corrupt-'));
    expect(corrupt).toBeDefined();
    expect(await readFile(path.join(dir, '.dossier', corrupt ?? ''), 'utf8')).toBe(
      good.slice(0, good.length / 2),
    );
    // the restored content is written back as the main file
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ collection: 'notes' });
  });

  it('garbage with no backup starts empty, keeps the garbage and tells the user', async () => {
    await mkdir(path.join(dir, '.dossier'), { recursive: true });
    await writeFile(path.join(dir, '.dossier', 'notes.json'), '\u0000\u0000garbage');
    const notes = await store().collection('notes', Note, 1);
    expect(notes.all()).toEqual([]);
    expect(notes.status().message).toMatch(/No backup was found/);
  });

  it('opens a newer-schema file read-only, naming both versions, and never writes it', async () => {
    const v3 = await store().collection('notes', Note, 3);
    await v3.put({ id: 'a', text: 'from the future' });
    const file = path.join(dir, '.dossier', 'notes.json');
    const before = await readFile(file, 'utf8');
    const old = await store().collection('notes', Note, 2);
    expect(old.status().readOnly).toBe(true);
    expect(old.status().message).toMatch(/schema 3.*schema 2/);
    await expect(old.put({ id: 'b', text: 'x' })).rejects.toMatchObject({ code: 'read_only' });
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('migrates an older schema step by step after backing up the original', async () => {
    const V1 = z.object({ id: z.string(), body: z.string() });
    const v1 = await store().collection('notes', V1, 1);
    await v1.put({ id: 'a', body: 'old' });
    const v2 = await store().collection('notes', Note, 2, {
      1: (v) => ({ id: (v as { id: string }).id, text: (v as { body: string }).body }),
    });
    expect(v2.get('a')).toEqual({ id: 'a', text: 'old' });
    expect(JSON.parse(await readFile(path.join(dir, '.dossier', 'notes.json'), 'utf8'))).toMatchObject({
      schemaVersion: 2,
    });
    expect(await listBackups(path.join(dir, 'backups'), 'notes.v1')).toHaveLength(1);
  });

  it('keeps rotating backups bounded', async () => {
    const { writeBackup } = await import('../../../../../electron/services/sidecar/backups');
    for (let i = 0; i < 8; i++)
      await writeBackup(path.join(dir, 'backups'), 'notes', '{}', new Date(1e12 + i * 1000));
    expect(await listBackups(path.join(dir, 'backups'), 'notes')).toHaveLength(5);
  });
});

describe('sidecar save faults', () => {
  const failing = (code: string, times = Infinity) => {
    let n = 0;
    return {
      rename: async (...args: Parameters<typeof import('node:fs/promises').rename>) => {
        if (n++ < times) throw Object.assign(new Error(code), { code });
        const { rename } = await import('node:fs/promises');
        return rename(...args);
      },
    };
  };

  it('ENOSPC: a clear error, the edit kept in memory and saved on the next change, old file untouched', async () => {
    const ok = await store().collection('notes', Note, 1);
    await ok.put({ id: 'a', text: 'one' });
    const file = path.join(dir, '.dossier', 'notes.json');
    const before = await readFile(file, 'utf8');
    const seam = failing('ENOSPC', 1);
    const notes = await store({ fs: seam }).collection('notes', Note, 1);
    await expect(notes.put({ id: 'b', text: 'two' })).rejects.toThrow(/disk is full/);
    expect(await readFile(file, 'utf8')).toBe(before);
    expect(notes.get('b')?.text).toBe('two');
    expect(notes.status()).toMatchObject({ unsaved: 1 });
    expect(notes.status().message).toMatch(/disk is full.*kept in memory/);
    await notes.put({ id: 'c', text: 'three' });
    const again = await store().collection('notes', Note, 1);
    expect(again.all().map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect((await readdir(path.join(dir, '.dossier'))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('EACCES on every attempt: read_only error naming what to do; nothing half-written', async () => {
    const notes = await store({ fs: failing('EACCES') }).collection('notes', Note, 1);
    await expect(notes.put({ id: 'a', text: 'x' })).rejects.toMatchObject({ code: 'read_only' });
    expect(notes.status().message).toMatch(/no permission.*app data folder/);
    expect((await readdir(path.join(dir, '.dossier'))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('EPERM/EBUSY on rename are retried and the save succeeds', async () => {
    const notes = await store({ fs: failing('EBUSY', 3) }).collection('notes', Note, 1);
    await notes.put({ id: 'a', text: 'x' });
    expect((await store().collection('notes', Note, 1)).get('a')).toBeDefined();
  });

  it('a read-only folder: writes refused with the reason, reads still work', async () => {
    const seed = await store().collection('notes', Note, 1);
    await seed.put({ id: 'a', text: 'x' });
    const notes = await store({ readOnlyReason: 'sidecar: the folder is read-only.' }).collection(
      'notes',
      Note,
      1,
    );
    expect(notes.get('a')).toBeDefined();
    await expect(notes.put({ id: 'b', text: 'y' })).rejects.toThrow(/read-only/);
  });
});
