import { renameSync, rmSync } from 'node:fs';
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Progress } from '../../../../../shared/model/workspace';
import { DossierError } from '../../../../../electron/services/errors';
import { scanFolder } from '../../../../../electron/services/workspace/scan';
import { Workspace } from '../../../../../electron/services/workspace/workspace';
import { tempDir } from '../../../../support/temp';
import { articleText, watchingClient } from '../../../../support/watching-client';
import { ClientError } from '../../../../../renderer/src/client/types';
import { createWorkbenchStore } from '../../../../../renderer/src/store/create-store';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const GONE = (root: string) =>
  `workspace: the folder ${root} was moved or deleted while it was being opened. Check where it is now and open it again.`;
const exists = (p: string) =>
  access(p).then(
    () => true,
    () => false,
  );
/** Open `fs.watch` handles of this process (one per watched folder). */
const watchHandles = () => process.getActiveResourcesInfo().filter((r) => r === 'FSEventWrap').length;

/** A folder of articles (one in a subfolder) with a note already saved in its `.dossier/` sidecar. */
async function setup() {
  const work = await tempDir('dossier-folder-gone-');
  cleanups.push(work.cleanup);
  const root = path.join(work.dir, 'folder');
  await mkdir(path.join(root, 'wires'), { recursive: true });
  await mkdir(path.join(root, '.dossier'));
  for (let i = 0; i < 20; i++)
    await writeFile(path.join(root, `a${i}.txt`), articleText(`Ferry talks, day ${i}`));
  await writeFile(path.join(root, 'wires', 'b.txt'), articleText('Bridge opens at dawn'));
  const saved = '{"version":1,"note":"saved before the open"}\n';
  await writeFile(path.join(root, '.dossier', 'annotations.json'), saved);
  const client = await watchingClient(work.dir, cleanups);
  /** Runs `act` once, synchronously, on the first progress event of `phase` (nothing is timed). */
  const onFirst = (phase: Progress['phase'], act: () => void) => {
    let done = false;
    client.onEvent((m) => {
      if (done || m.event !== 'index.progress' || (m.payload as Progress).phase !== phase) return;
      done = true;
      act();
    });
  };
  return { work: work.dir, root, client, saved, onFirst };
}

describe('a folder moved or deleted while it opens', () => {
  it('says so, with not_found, when it is moved just before its scan; its sidecar goes with it untouched', async () => {
    const { work, root, client, saved, onFirst } = await setup();
    const handles = watchHandles();
    const moved = path.join(work, 'moved-away');
    onFirst('scan', () => renameSync(root, moved));

    const reply = await client.request('workspace.open', { path: root });
    expect(reply).toEqual({ ok: false, code: 'not_found', message: GONE(root) });
    // Nothing saved is lost or split: the sidecar moved with the folder, and nothing was made at the old path.
    expect(await readFile(path.join(moved, '.dossier', 'annotations.json'), 'utf8')).toBe(saved);
    expect(await exists(root)).toBe(false);
    expect(client.services.session.maybeWorkspace()).toBeNull();
    expect(watchHandles()).toBe(handles);

    // Opened again where it is now, it opens.
    const info = await client.call('workspace.open', { path: moved });
    expect(info.files.indexed).toBe(21);
  });

  it('says so when it is deleted just before its scan', async () => {
    const { root, client, onFirst } = await setup();
    onFirst('scan', () => rmSync(root, { recursive: true }));
    const reply = await client.request('workspace.open', { path: root });
    expect(reply).toEqual({ ok: false, code: 'not_found', message: GONE(root) });
  });

  it('says so when it is moved after the scan listed its files, while they are read', async () => {
    const { work, root, client, saved, onFirst } = await setup();
    const moved = path.join(work, 'moved-away');
    onFirst('parse', () => renameSync(root, moved));
    const reply = await client.request('workspace.open', { path: root });
    // Not a library of 21 files "deleted while reading".
    expect(reply).toEqual({ ok: false, code: 'not_found', message: GONE(root) });
    expect(await readFile(path.join(moved, '.dossier', 'annotations.json'), 'utf8')).toBe(saved);
    expect(await exists(root)).toBe(false);
  });

  it('is a DossierError from the scan and from Workspace.open (the CLI path), not a raw ENOENT', async () => {
    const { work, root } = await setup();
    const sidecar = {
      location: 'folder' as const,
      path: path.join(root, '.dossier'),
      readOnly: false,
      reason: null,
    };
    const moved = path.join(work, 'moved-away');
    const open = Workspace.open(
      root,
      sidecar,
      (p) => (p.phase === 'scan' ? renameSync(root, moved) : undefined),
      { workers: 0, cacheDir: path.join(work, 'cache') },
    );
    await expect(open).rejects.toBeInstanceOf(DossierError);
    await expect(open).rejects.toMatchObject({ code: 'not_found', message: GONE(root) });
    await expect(scanFolder(root)).rejects.toMatchObject({ code: 'not_found', message: GONE(root) });
  });

  it('leaves no folder open when the one open before was closed by the failed open, and the window says so', async () => {
    const { work, root, client, onFirst } = await setup();
    const before = path.join(work, 'before');
    await mkdir(before);
    await writeFile(path.join(before, 'x.txt'), articleText('Grain corridor talks stall'));
    // The window's store, on the real services (an in-process client in the renderer's client shape).
    const store = createWorkbenchStore({
      host: 'serve',
      call: async (method, params) => {
        const reply = await client.request(method, params);
        if (!reply.ok) throw new ClientError(reply.code, reply.message);
        return reply.value;
      },
      on: (event, listener) =>
        client.onEvent((m) => {
          if (m.event === event) listener(m.payload as never);
        }),
      pathForFile: () => null,
    });
    await store.getState().openFolder(before);
    expect(store.getState().workspace?.root).toBe(before);

    const closedEvents: unknown[] = [];
    client.onEvent((m) => {
      if (m.event === 'workspace.closed') closedEvents.push(m.payload);
    });
    onFirst('scan', () => renameSync(root, path.join(work, 'moved-away')));
    await store.getState().openFolder(root);
    // Every window is told, not only the one that asked (the desktop menu opens folders too).
    expect(closedEvents).toEqual([{ root: before, reason: GONE(root) }]);
    // Not the folder that was open before, closed behind the window's back (no watcher, no workers).
    expect(client.services.session.maybeWorkspace()).toBeNull();
    expect(await client.call('workspace.current', {})).toBeNull();
    expect(store.getState().workspace).toBeNull();
    expect(store.getState().workspaceError).toBe(
      `${GONE(root)} The folder that was open before (before) was closed: open it again from the recent folders.`,
    );
    // Opened again, it works (its watcher and workers are new).
    await store.getState().openFolder(before);
    expect(store.getState().workspace?.root).toBe(before);
    expect(store.getState().workspaceError).toBeNull();
    expect((await client.call('documents.list', {})).map((r) => r.title)).toEqual([
      'Grain corridor talks stall',
    ]);
  });
});
