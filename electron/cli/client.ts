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
  return client;
}
