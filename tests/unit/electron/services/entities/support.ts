import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LocalClient } from '../../../../../electron/hosts/local/local-client';
import { copyFolder, REPO_ROOT, tempDir } from '../../../../support/temp';

/** The hand-written fixture articles and their labels. */
export const FIXTURES = path.join(REPO_ROOT, 'tests', 'fixtures', 'entities');
export const ARTICLES = path.join(FIXTURES, 'articles');

/** The labels of the fixtures (tests/fixtures/entities/labels.json). */
export interface Labels {
  articles: Record<string, { mentions: Array<[string, string]> }>;
  nonEntities: string[];
  clusters: Array<{ type: string; name: string; aliases: string[] }>;
  suggestions: Array<{ rule: string; names: [string, string] }>;
}

/** Reads labels.json. */
export function labels(): Labels {
  return JSON.parse(readFileSync(path.join(FIXTURES, 'labels.json'), 'utf8')) as Labels;
}

/** A LocalClient with a fresh copy of `folder` open; `cleanup` removes everything. */
export async function openCopy(
  folder = ARTICLES,
): Promise<{ client: LocalClient; dir: string; cleanup: () => Promise<void> }> {
  const copy = await copyFolder(folder);
  const dirs = await tempDir('dossier-entities-');
  const client = await LocalClient.create({
    dataDir: path.join(dirs.dir, 'data'),
    cacheDir: path.join(dirs.dir, 'cache'),
    version: '0.0.0-test',
  });
  await client.call('workspace.open', { path: copy.dir });
  return {
    client,
    dir: copy.dir,
    cleanup: async () => {
      // Background work (index shards, the entity cache) may still be writing: retry briefly.
      for (let attempt = 0; ; attempt++) {
        try {
          await copy.cleanup();
          await dirs.cleanup();
          return;
        } catch (e) {
          if (attempt >= 10) throw e;
          await new Promise((r) => setTimeout(r, 200));
        }
      }
    },
  };
}
