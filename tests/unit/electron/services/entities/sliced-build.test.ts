import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalClient } from '../../../../../electron/hosts/local/local-client';
import { buildModel, buildModelSliced } from '../../../../../electron/services/entities/build';
import { recogniseFile, type FileRecognition } from '../../../../../electron/services/entities/recognise';
import { Workspace } from '../../../../../electron/services/workspace/workspace';
import { copyFolder, tempDir } from '../../../../support/temp';
import { ARTICLES } from './support';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

describe('the entity model built in time slices', () => {
  it('is the same model as the synchronous build', async () => {
    const ws = await Workspace.open(
      ARTICLES,
      { location: 'app-data', path: '/nonexistent', readOnly: true, reason: null },
      () => undefined,
      { workers: 0, cacheDir: null },
    );
    cleanups.push(() => ws.close());
    const recs = new Map<string, FileRecognition>();
    for (const f of ws.files.values()) recs.set(f.relPath, recogniseFile(f.text, f.stories));
    const whole = buildModel(ws.files, recs, []);
    const sliced = await buildModelSliced(ws.files, recs, []);
    expect(whole.list.length).toBeGreaterThan(10);
    expect(sliced.list).toEqual(whole.list);
    expect(sliced.suggestions).toEqual(whole.suggestions);
    expect([...sliced.byAlias.keys()]).toEqual([...whole.byAlias.keys()]);
  });

  it('keeps recognitions in a line-per-file cache that a second session reads back', async () => {
    const copy = await copyFolder(ARTICLES);
    const dirs = await tempDir('dossier-entities-cache-');
    cleanups.push(copy.cleanup, dirs.cleanup);
    const session = async () => {
      const client = await LocalClient.create({
        dataDir: path.join(dirs.dir, 'data'),
        cacheDir: path.join(dirs.dir, 'cache'),
        version: '0.0.0-test',
      });
      await client.call('workspace.open', { path: copy.dir });
      return client.call('entities.list', {});
    };
    const first = await session();
    const cacheDir = path.join(dirs.dir, 'cache', 'entities');
    const [file] = (await readdir(cacheDir)).filter((f) => f.endsWith('.ndjson'));
    expect(file).toBeDefined();
    const lines = (await readFile(path.join(cacheDir, file!), 'utf8')).trim().split('\n');
    expect(JSON.parse(lines[0]!)).toHaveProperty('version');
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines.slice(1))
      expect(Object.keys(JSON.parse(line))).toEqual(['path', 'hash', 'result']);
    expect(await session()).toEqual(first);
  });
});
