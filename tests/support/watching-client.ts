import path from 'node:path';
import { LocalClient } from '../../electron/hosts/local/local-client';
import { searchService } from '../../electron/services/search/handlers';

/** A short article in the plain-text shape of the sample folder: a date line, a title, one paragraph. */
export const articleText = (
  title: string,
  body = 'Negotiators met again on Monday after a pause of two months, officials said.',
): string => ` date 2025-12-04\n${title}\n\nGENEVA: ${body}\n`;

/**
 * An in-process client that watches the folders it opens, as the desktop and serve hosts do (the
 * in-process host watches only on request), with its data and cache directories under `dir`. `cleanups`
 * receives what undoes it, to be run last in, first out: the client closes (see {@link closeSettled}),
 * then the environment is as it was.
 */
export async function watchingClient(
  dir: string,
  cleanups: (() => Promise<void> | void)[],
): Promise<LocalClient> {
  const before = process.env['DOSSIER_WATCH'];
  process.env['DOSSIER_WATCH'] = '1';
  cleanups.push(() => {
    if (before === undefined) delete process.env['DOSSIER_WATCH'];
    else process.env['DOSSIER_WATCH'] = before;
  });
  const client = await LocalClient.create({
    dataDir: path.join(dir, 'data'),
    cacheDir: path.join(dir, 'cache'),
    version: 'test',
  });
  cleanups.push(() => closeSettled(client));
  return client;
}

/**
 * Closes `client` once the search index of its open folder has settled, so no shard is still being
 * built when the test removes its directories. Closing twice is harmless.
 */
export async function closeSettled(client: LocalClient): Promise<void> {
  if (client.services.session.maybeWorkspace()) {
    const search = searchService(client.services.session);
    await search.started;
    await search.service.settled();
  }
  await client.close();
}
