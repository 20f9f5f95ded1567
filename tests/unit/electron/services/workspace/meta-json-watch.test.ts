import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../../support/temp';
import { articleText, closeSettled, watchingClient } from '../../../../support/watching-client';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const META = (fields: Record<string, string>) => `${JSON.stringify(fields)}\n`;

/** Polls `predicate` (the watcher works on its own schedule); never a fixed sleep as the assertion. */
async function until(predicate: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200 && !(await predicate()); i++) await new Promise((r) => setTimeout(r, 50));
}

describe('a .meta.json edited alone, with the parse cache on', () => {
  it('reaches the library and the document through the watcher and on a reopen', async () => {
    const work = await tempDir('dossier-meta-watch-');
    cleanups.push(work.cleanup);
    const root = path.join(work.dir, 'folder');
    await mkdir(root);
    await writeFile(path.join(root, 'a.txt'), articleText('Ferry talks resume in Geneva'));
    await writeFile(
      path.join(root, 'a.txt.meta.json'),
      META({ title: 'Ferry talks resume', outlet: 'Harbour Post' }),
    );
    await writeFile(path.join(root, 'b.txt'), articleText('Bridge opens at dawn'));
    await writeFile(path.join(root, 'c.txt'), articleText('Grain corridor talks stall'));
    await writeFile(path.join(root, 'c.txt.meta.json'), META({ outlet: 'Plains Ledger' }));
    // The parse cache is on (under work.dir), as in the desktop app and serve.
    const openClient = async () => {
      const client = await watchingClient(work.dir, cleanups);
      await client.call('workspace.open', { path: root });
      const row = async (id: string) => (await client.call('documents.list', {})).find((r) => r.id === id);
      return { client, row, close: () => closeSettled(client) };
    };

    const first = await openClient();
    const changed: string[] = [];
    first.client.onEvent((m) => {
      if (m.event === 'file.changed') changed.push(JSON.stringify(m.payload));
    });
    const detected = await first.row('b.txt');
    expect(await first.row('a.txt')).toMatchObject({ title: 'Ferry talks resume', outlet: 'Harbour Post' });
    expect((await first.row('c.txt'))?.outlet).toBe('Plains Ledger');
    expect(detected?.outlet).not.toBe('Harbour Post');

    // Edited, added and removed after the cold open: only the sidecars change, never the articles.
    await writeFile(
      path.join(root, 'a.txt.meta.json'),
      META({ title: 'Ferry talks resume on Monday', outlet: 'Lakeside Courier' }),
    );
    await writeFile(
      path.join(root, 'b.txt.meta.json'),
      META({ title: 'Bridge opens', outlet: 'Harbour Post' }),
    );
    await rm(path.join(root, 'c.txt.meta.json'));
    const followed = async () =>
      (await first.row('a.txt'))?.outlet === 'Lakeside Courier' &&
      (await first.row('b.txt'))?.outlet === 'Harbour Post' &&
      (await first.row('c.txt'))?.outlet !== 'Plains Ledger';
    await until(followed);
    expect(await first.row('a.txt')).toMatchObject({
      title: 'Ferry talks resume on Monday',
      outlet: 'Lakeside Courier',
    });
    expect(await first.row('b.txt')).toMatchObject({ title: 'Bridge opens', outlet: 'Harbour Post' });
    expect((await first.row('c.txt'))?.outlet).toBe(detected?.outlet);
    const doc = await first.client.call('documents.get', { id: 'a.txt' });
    expect(doc).toMatchObject({ title: 'Ferry talks resume on Monday', outlet: 'Lakeside Courier' });
    // Announced as changes (the page reloads what it shows), and search follows the new metadata.
    await until(async () => ['a.txt', 'b.txt', 'c.txt'].every((f) => changed.some((c) => c.includes(f))));
    for (const f of ['a.txt', 'b.txt', 'c.txt']) expect(changed.join('\n')).toContain(f);
    const hits = async () =>
      (
        await first.client.call('search.query', {
          query: 'outlet:"Lakeside Courier"',
          filters: [],
          limit: 10,
        })
      ).hits.map((h) => h.id);
    await until(async () => (await hits()).includes('a.txt'));
    expect(await hits()).toEqual(['a.txt']);
    await first.close();

    // Edited while no window has the folder open: the reopen (from the same parse cache) shows it.
    await writeFile(
      path.join(root, 'a.txt.meta.json'),
      META({ title: 'Ferry talks end', outlet: 'Harbour Post' }),
    );
    const second = await openClient();
    expect(await second.row('a.txt')).toMatchObject({ title: 'Ferry talks end', outlet: 'Harbour Post' });
    expect(await second.row('b.txt')).toMatchObject({ title: 'Bridge opens', outlet: 'Harbour Post' });
    expect((await second.row('c.txt'))?.outlet).toBe(detected?.outlet);
    expect(await second.client.call('documents.get', { id: 'a.txt' })).toMatchObject({
      title: 'Ferry talks end',
      outlet: 'Harbour Post',
    });
  });
});
