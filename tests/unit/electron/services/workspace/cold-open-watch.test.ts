import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EventMessage } from '../../../../../shared/contract';
import type { Progress } from '../../../../../shared/model/workspace';
import { generateCorpus } from '../../../../../electron/services/search/bench/corpus';
import { Workspace } from '../../../../../electron/services/workspace/workspace';
import { tempDir } from '../../../../support/temp';
import { watchingClient } from '../../../../support/watching-client';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** Polls `predicate` (the watcher works on its own schedule); never a fixed sleep as the assertion. */
async function until(predicate: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !predicate(); i++) await new Promise((r) => setTimeout(r, 50));
}

describe('a cold open under the watcher', () => {
  it('re-reads no file of a folder generated just before it, and still re-reads a file changed after it', async () => {
    const work = await tempDir('dossier-cold-watch-');
    cleanups.push(work.cleanup);
    const root = path.join(work.dir, 'corpus');
    // The bench's folder shape (outlet/NNN/article-*.txt), written right before the open: every file's
    // mtime falls inside the parse cache's racy window and the generator's writes end just before the scan.
    await generateCorpus(root, 240, 7);
    const refresh = vi.spyOn(Workspace.prototype, 'refresh');
    cleanups.push(() => refresh.mockRestore());
    // An empty cache: a cold open, every parse written to the cache.
    const client = await watchingClient(work.dir, cleanups);
    const events: EventMessage[] = [];
    client.onEvent((m) => events.push(m));

    const info = await client.call('workspace.open', { path: root });
    expect(info.files.indexed).toBe(240);
    // What the page asks first starts the search index, as after a cold open in `dossier serve`.
    await client.call('search.query', { query: 'officials', wait: true });

    // A real change after the open: rewritten (until the watcher's first walk has reached its folder)
    // until the library shows it. Events are delivered and batched in order, so a re-read caused by the
    // open itself would have come before this one.
    const ws = client.services.session.workspace();
    const changed = [...ws.files.keys()][120]!;
    for (let i = 0; i < 40 && !ws.files.get(changed)?.stories[0]?.title.includes('revised'); i++) {
      await writeFile(
        path.join(root, changed),
        ` date 2025-12-04\nFerry talks resume, revised ${i}\n\nGENEVA: Negotiators met again on Monday, officials said.\n`,
      );
      await until(() => ws.files.get(changed)?.stories[0]?.title.includes('revised') ?? false);
    }
    expect(ws.files.get(changed)?.stories[0]?.title).toMatch(/revised/);

    const reread = refresh.mock.calls.flatMap(([paths]) => paths);
    expect(reread.length).toBeGreaterThan(0);
    expect(new Set(reread)).toEqual(new Set([changed]));
    const fileEvents = events.filter((m) => m.event === 'file.changed').map((m) => m.payload);
    expect(fileEvents.length).toBeGreaterThan(0);
    expect(new Set(fileEvents.map((p) => JSON.stringify(p)))).toEqual(
      new Set([JSON.stringify({ path: changed, kind: 'changed' })]),
    );
    // The progress shown after the open is the search index being built ("0 of N parts", N a power of
    // two): no file is read again, so no 'parse' progress follows the open.
    const opened = events.findIndex((m) => m.event === 'workspace.opened');
    const after = events.slice(opened + 1).filter((m) => m.event === 'index.progress');
    const phases = after.map((m) => (m.payload as Progress).phase);
    expect(phases[0]).toBe('index');
    expect(phases).not.toContain('parse');
  });
});
