import { chmodSync, mkdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EventMessage } from '../../../../../shared/contract';
import type { Progress } from '../../../../../shared/model/workspace';
import type { LocalClient } from '../../../../../electron/hosts/local/local-client';
import { generateCorpus } from '../../../../../electron/services/search/bench/corpus';
import { cancelScan } from '../../../../../electron/services/workspace/open';
import { scanFolder } from '../../../../../electron/services/workspace/scan';
import { Workspace } from '../../../../../electron/services/workspace/workspace';
import { tempDir } from '../../../../support/temp';
import { articleText, watchingClient } from '../../../../support/watching-client';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** Polls `predicate` (the watcher works on its own schedule); never a fixed sleep as the assertion. */
async function until(predicate: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !predicate(); i++) await new Promise((r) => setTimeout(r, 50));
}

/** Open `fs.watch` handles of this process (one per watched folder). */
const watchHandles = () => process.getActiveResourcesInfo().filter((r) => r === 'FSEventWrap').length;

/** A generated folder, a client that watches what it opens (as desktop and serve do), and a refresh spy. */
async function setup(files: number) {
  const work = await tempDir('dossier-watch-open-');
  cleanups.push(work.cleanup);
  const root = path.join(work.dir, 'corpus');
  await generateCorpus(root, files, 5);
  const refresh = vi.spyOn(Workspace.prototype, 'refresh');
  cleanups.push(() => refresh.mockRestore());
  const client = await watchingClient(work.dir, cleanups);
  const events: EventMessage[] = [];
  client.onEvent((m) => events.push(m));
  const reread = () => new Set(refresh.mock.calls.flatMap(([paths]) => paths));
  return { root, client, events, reread };
}

/** Calls `act` with each file the open reports as read (parse progress), until `act` returns true. */
function whileParsing(client: LocalClient, act: (read: string, p: Progress) => boolean): () => boolean {
  let done = false;
  client.onEvent((m) => {
    if (done || m.event !== 'index.progress') return;
    const p = m.payload as Progress;
    if (p.phase === 'parse' && p.current !== null && p.done < p.total) done = act(p.current, p);
  });
  return () => done;
}

describe('a folder watched while it opens', () => {
  it('re-reads a file rewritten, added or deleted after the open read the folder', async () => {
    const { root, client, events, reread } = await setup(600);
    // Acted on synchronously from the open's own progress: each file named there has been read already.
    let rewritten = '';
    let deleted = '';
    const added = 'late-arrival.txt';
    const addedInNewFolder = 'downloads/2025-12-04/ferry.txt';
    const acted = whileParsing(client, (read) => {
      if (!rewritten) {
        rewritten = read;
        writeFileSync(
          path.join(root, read),
          articleText('Ferry talks resume, revised mid-open', 'Negotiators met quayside near Zanzibarwharf.'),
        );
        writeFileSync(
          path.join(root, added),
          articleText('Bridge opens at dawn', 'The Kelmorrow span opened.'),
        );
        mkdirSync(path.join(root, 'downloads', '2025-12-04'), { recursive: true });
        writeFileSync(
          path.join(root, addedInNewFolder),
          articleText('Ferry strike ends on the coast', 'Crews returned to the Ostvarra route.'),
        );
        return false;
      }
      if (read === rewritten) return false;
      deleted = read;
      unlinkSync(path.join(root, read));
      return true;
    });

    const info = await client.call('workspace.open', { path: root });
    expect(acted()).toBe(true);
    // The open listed every generated file and the scan saw none of the additions (they came later).
    expect(info.files.indexed).toBe(600);
    const opened = events.findIndex((m) => m.event === 'workspace.opened');
    expect(opened).toBeGreaterThan(-1);

    const ws = client.services.session.workspace();
    const settled = () =>
      ws.files.get(rewritten)?.stories[0]?.title === 'Ferry talks resume, revised mid-open' &&
      ws.files.has(added) &&
      ws.files.has(addedInNewFolder) &&
      !ws.files.has(deleted);
    await until(settled);
    expect(settled()).toBe(true);

    // The library the analyst sees: the new title, both new files, not the deleted one.
    const rows = await client.call('documents.list', {});
    const byPath = new Map(rows.map((r) => [r.path, r]));
    expect(byPath.get(rewritten)?.title).toBe('Ferry talks resume, revised mid-open');
    expect(byPath.get(added)?.title).toBe('Bridge opens at dawn');
    expect(byPath.get(addedInNewFolder)?.title).toBe('Ferry strike ends on the coast');
    expect(byPath.has(deleted)).toBe(false);
    expect(new Set(rows.map((r) => r.path)).size).toBe(601);
    const text = await client.call('documents.get', { id: rewritten });
    expect(text.text).toContain('Zanzibarwharf');
    // Search reads the same parse.
    const hits = await client.call('search.query', { query: 'Zanzibarwharf', wait: true });
    expect(hits.hits.map((h) => h.path)).toEqual([rewritten]);

    // Only the four named paths were read again, each once, and reported as what happened to it.
    expect(reread()).toEqual(new Set([rewritten, added, addedInNewFolder, deleted]));
    // Reported after the open was announced, as for a save made just after it.
    expect(events.findIndex((m) => m.event === 'file.changed')).toBeGreaterThan(opened);
    const fileEvents = events.filter((m) => m.event === 'file.changed').map((m) => JSON.stringify(m.payload));
    expect(new Set(fileEvents)).toEqual(
      new Set([
        JSON.stringify({ path: rewritten, kind: 'changed' }),
        JSON.stringify({ path: added, kind: 'added' }),
        JSON.stringify({ path: addedInNewFolder, kind: 'added' }),
        JSON.stringify({ path: deleted, kind: 'removed' }),
      ]),
    );
  });

  it('re-reads nothing when nothing was written during the open, not even a file whose mode changed', async () => {
    const { root, client, reread } = await setup(300);
    // An old file (mtime an hour back) whose permissions change mid-open: an event, but the same bytes.
    const old = (await scanFolder(root)).files[10]!.relPath;
    const hourAgo = new Date(Date.now() - 3_600_000);
    await utimes(path.join(root, old), hourAgo, hourAgo);
    const acted = whileParsing(client, () => {
      chmodSync(path.join(root, old), 0o600);
      return true;
    });

    await client.call('workspace.open', { path: root });
    expect(acted()).toBe(true);
    const ws = client.services.session.workspace();
    expect(ws.files.has(old)).toBe(true);

    // A change after the open is re-read; events are handled in order, so a replay of the open's events
    // would have come before it.
    const later = [...ws.files.keys()][200]!;
    await writeFile(path.join(root, later), articleText('Talks resume after the open', 'Officials met.'));
    await until(() => ws.files.get(later)?.stories[0]?.title === 'Talks resume after the open');
    expect(ws.files.get(later)?.stories[0]?.title).toBe('Talks resume after the open');
    expect(reread()).toEqual(new Set([later]));
  });

  it('stops watching a folder whose open failed, and one whose open was cancelled when it closes', async () => {
    const { root, client } = await setup(300);
    const baseline = watchHandles();

    // The folder moves away once it is watched and just before the scan: the open fails.
    const stopMoving = client.onEvent((m) => {
      if (m.event === 'index.progress' && (m.payload as Progress).phase === 'scan')
        renameSync(root, `${root}-moved`);
    });
    await expect(client.call('workspace.open', { path: root })).rejects.toThrow();
    stopMoving();
    await until(() => watchHandles() === baseline);
    expect(watchHandles()).toBe(baseline);
    renameSync(`${root}-moved`, root);

    // A cancelled open keeps the files it read and is watched like any other, until it closes.
    const session = client.services.session;
    const cancelled = whileParsing(client, () => cancelScan(session));
    const info = await client.call('workspace.open', { path: root });
    expect(cancelled()).toBe(true);
    expect(info.files.indexed).toBeLessThan(300);
    expect(watchHandles()).toBeGreaterThan(baseline);
    // Opening again replaces it: one watcher at a time, however many opens.
    await client.call('workspace.open', { path: root });
    const perOpen = watchHandles() - baseline;
    await client.call('workspace.open', { path: root });
    expect(watchHandles() - baseline).toBe(perOpen);
    // A second open asked for while the first runs: the first folder's replay, waiting for its open to be
    // announced, gives way when the second open closes it (no open waits on the other for ever).
    const touched = whileParsing(client, (read) => {
      writeFileSync(path.join(root, read), articleText('Talks resume once more', 'Officials met again.'));
      return true;
    });
    const first = client.call('workspace.open', { path: root });
    const second = client.call('workspace.open', { path: root });
    await Promise.all([first, second]);
    expect(touched()).toBe(true);
    expect(watchHandles() - baseline).toBe(perOpen);
    await session.close();
    await until(() => watchHandles() === baseline);
    expect(watchHandles()).toBe(baseline);
  });
});
