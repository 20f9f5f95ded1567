import { chmod, mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SidecarInfo } from '../../../../../shared/model/workspace';
import { ingestFile } from '../../../../../electron/services/ingest/ingest-file';
import { Workspace } from '../../../../../electron/services/workspace/workspace';
import { tempDir } from '../../../../support/temp';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function folder(): Promise<string> {
  const t = await tempDir('dossier-bad-');
  cleanups.push(t.cleanup);
  return t.dir;
}

function sidecarOf(root: string): SidecarInfo {
  return { location: 'folder', path: path.join(root, '.dossier'), readOnly: false, reason: null };
}

async function open(root: string, options: Parameters<typeof Workspace.open>[3] = {}) {
  const ws = await Workspace.open(root, sidecarOf(root), () => undefined, {
    workers: 0,
    cacheDir: null,
    ...options,
  });
  cleanups.push(() => ws.close());
  return ws;
}

const ARTICLE =
  'A headline for a test story here\n\nBody of the story, long enough to count as a paragraph of prose in the grammar.\n';
const reasons = (ws: Workspace) =>
  Object.fromEntries(ws.report().files.skipped.map((s) => [s.path, s.reason]));

// chmod cannot take read access away from root: those cases need an ordinary user.
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

describe('bad files never stop the scan', () => {
  it('skips binary content named .txt but reads BOM-less UTF-16 as text', async () => {
    const root = await folder();
    await writeFile(
      path.join(root, 'noise.txt'),
      Buffer.from([0x89, 0x50, 0x00, 0x01, 0x02, 0x00, 0xff, 0x00, 0x10, 0x00, 0x03]),
    );
    await writeFile(path.join(root, 'utf16.txt'), Buffer.from(ARTICLE, 'utf16le'));
    await writeFile(path.join(root, 'ok.txt'), ARTICLE);
    const ws = await open(root);
    expect(reasons(ws)).toEqual({ 'noise.txt': 'binary' });
    expect(ws.files.get('utf16.txt')?.encoding.name).toBe('utf-16le');
    expect(ws.files.get('utf16.txt')?.stories[0]?.title).toBe('A headline for a test story here');
  });

  it('reports empty files and files over a configurable size limit', async () => {
    const root = await folder();
    await writeFile(path.join(root, 'empty.txt'), '');
    await writeFile(path.join(root, 'big.txt'), 'x'.repeat(5000));
    await writeFile(path.join(root, 'ok.txt'), ARTICLE);
    const ws = await open(root, { maxBytes: 4096 });
    expect(reasons(ws)).toEqual({ 'empty.txt': 'empty', 'big.txt': 'too-large' });
    expect(ws.report().files.skipped.find((s) => s.reason === 'too-large')?.detail).toMatch(/limit/);
    expect(ws.files.has('ok.txt')).toBe(true);
  });

  it.skipIf(isRoot)(
    'reports unreadable files and folders (EACCES) and goes on — skipped as root: chmod cannot deny root',
    async () => {
      const root = await folder();
      await writeFile(path.join(root, 'locked.txt'), ARTICLE);
      await mkdir(path.join(root, 'sealed'));
      await writeFile(path.join(root, 'sealed', 'inside.txt'), ARTICLE);
      await writeFile(path.join(root, 'ok.txt'), ARTICLE);
      await chmod(path.join(root, 'locked.txt'), 0o000);
      await chmod(path.join(root, 'sealed'), 0o000);
      cleanups.push(async () => {
        await chmod(path.join(root, 'sealed'), 0o755);
        await chmod(path.join(root, 'locked.txt'), 0o644);
      });
      const ws = await open(root);
      expect(reasons(ws)).toEqual({ 'locked.txt': 'unreadable', sealed: 'unreadable' });
      expect(ws.files.has('ok.txt')).toBe(true);
    },
  );

  it('reports a symlink loop and a link that leaves the folder, without following them', async () => {
    const root = await folder();
    const outside = await folder();
    await writeFile(path.join(outside, 'secret.txt'), ARTICLE);
    await mkdir(path.join(root, 'a'));
    await writeFile(path.join(root, 'a', 'story.txt'), ARTICLE);
    await symlink(path.join(root, 'a'), path.join(root, 'a', 'loop'));
    await symlink(outside, path.join(root, 'escape'));
    await symlink(path.join(root, 'self-a'), path.join(root, 'self-b'));
    await symlink(path.join(root, 'self-b'), path.join(root, 'self-a'));
    const ws = await open(root);
    const r = reasons(ws);
    expect(r['a/loop']).toBe('symlink-loop');
    expect(r['escape']).toBe('outside-root');
    expect(r['self-a']).toBe('symlink-loop');
    expect([...ws.files.keys()]).toEqual(['a/story.txt']);
  });

  it('keeps NFC and NFD twin names apart: one indexed, the other reported', async () => {
    const root = await folder();
    await writeFile(path.join(root, 'caf\u00e9.txt'), ARTICLE);
    await writeFile(path.join(root, 'cafe\u0301.txt'), ARTICLE);
    const ws = await open(root);
    expect([...ws.files.keys()]).toEqual(['caf\u00e9.txt']);
    expect(ws.report().files.skipped.map((s) => s.reason)).toEqual(['name-clash']);
  });

  it('re-reads a file that changes while it is read, and drops one deleted after listing', async () => {
    const root = await folder();
    const file = path.join(root, 'moving.txt');
    await writeFile(file, ARTICLE);
    // A file deleted between the walk and the read is `gone`; opening a folder lists it (ingest-run.test.ts).
    expect(await ingestFile(path.join(root, 'deleted.txt'), 'deleted.txt', { maxBytes: 1e6 })).toEqual({
      kind: 'gone',
      path: 'deleted.txt',
    });
    // Growing the file while it is read makes stat-before ≠ stat-after: the outcome asks for a re-read.
    let grow = true;
    const growing = (async () => {
      for (let i = 0; grow && i < 2000; i++) await writeFile(file, ARTICLE + 'x'.repeat(i % 50));
    })();
    const outcomes = new Set<string>();
    for (let i = 0; i < 200 && !outcomes.has('retry'); i++)
      outcomes.add((await ingestFile(file, 'moving.txt', { maxBytes: 1e6 })).kind);
    grow = false;
    await growing;
    expect(outcomes.has('retry')).toBe(true);
    const ws = await open(root);
    expect(ws.files.has('moving.txt')).toBe(true);
  });

  it('walks many files in a deep tree with bounded concurrency (no EMFILE)', async () => {
    const root = await folder();
    let dir = root;
    for (let d = 0; d < 60; d++) {
      dir = path.join(dir, `d${d}`);
      await mkdir(dir);
    }
    await writeFile(path.join(dir, 'deep.txt'), ARTICLE);
    const flat = path.join(root, 'flat');
    await mkdir(flat);
    await Promise.all(
      Array.from({ length: 3000 }, (_, i) =>
        writeFile(path.join(flat, `f${i}.txt`), `Story number ${i} headline\n\n${ARTICLE}`),
      ),
    );
    const ws = await open(root);
    expect(ws.files.size).toBe(3001);
    expect(ws.report().files.skipped).toEqual([]);
  });
});
