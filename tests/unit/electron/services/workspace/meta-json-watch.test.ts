import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalClient } from '../../../../../electron/hosts/local/local-client';
import { searchService } from '../../../../../electron/services/search/handlers';
import { tempDir } from '../../../../support/temp';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const ARTICLE = (title: string) =>
  ` date 2025-12-04\n${title}\n\nGENEVA: Negotiators met again on Monday after a pause of two months, officials said.\n`;
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
    await writeFile(path.join(root, 'a.txt'), ARTICLE('Ferry talks resume in Geneva'));
    await writeFile(
      path.join(root, 'a.txt.meta.json'),
      META({ title: 'Ferry talks resume', outlet: 'Harbour Post' }),
    );
    await writeFile(path.join(root, 'b.txt'), ARTICLE('Bridge opens at dawn'));
    await writeFile(path.join(root, 'c.txt'), ARTICLE('Grain corridor talks stall'));
    await writeFile(path.join(root, 'c.txt.meta.json'), META({ outlet: 'Plains Ledger' }));
    // The desktop and serve hosts watch the folder they open; the in-process host does so on request.
    const watchBefore = process.env['DOSSIER_WATCH'];
    process.env['DOSSIER_WATCH'] = '1';
    cleanups.push(() => {
      if (watchBefore === undefined) delete process.env['DOSSIER_WATCH'];
      else process.env['DOSSIER_WATCH'] = watchBefore;
    });
    const options = {
      dataDir: path.join(work.dir, 'data'),
      cacheDir: path.join(work.dir, 'cache'), // the parse cache is on, as in the desktop app and serve
      version: 'test',
    };
    const openClient = async () => {
      const client = await LocalClient.create(options);
      // The search index builds once the folder is open; let it end before the folder closes.
      let closed = false;
      const close = async () => {
        if (closed) return;
        closed = true;
        const search = searchService(client.services.session);
        await search.started;
        await search.service.settled();
        await client.close();
      };
      cleanups.push(close);
      await client.call('workspace.open', { path: root });
      const row = async (id: string) => (await client.call('documents.list', {})).find((r) => r.id === id);
      return { client, row, close };
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
