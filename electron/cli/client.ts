import { LocalClient } from '../hosts/local/local-client';
import { defaultCacheDir, defaultDataDir } from '../services/app/paths';
import { CLI_VERSION } from './version';

/** An in-process client with `folder` open, for one CLI command. */
export async function openFolder(folder: string): Promise<LocalClient> {
  const client = await LocalClient.create({
    dataDir: defaultDataDir(),
    cacheDir: defaultCacheDir(),
    version: CLI_VERSION,
  });
  await client.call('workspace.open', { path: folder });
  opened.add(client);
  return client;
}

const opened = new Set<LocalClient>();

/** Closes every client a command opened (watchers, workers); runCli calls it when the command ends. */
export async function closeOpenedClients(): Promise<void> {
  const clients = [...opened];
  opened.clear();
  await Promise.all(clients.map((c) => c.close().catch(() => undefined)));
}
