import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FieldProviderRegistry,
  mentionsField,
} from '../../../../../electron/services/search/field-providers';
import { cli } from '../../../../support/cli';
import { copyFolder, SAMPLE_FOLDER, tempDir } from '../../../../support/temp';

let folder: string;
const cleanups: Array<() => Promise<void>> = [];
const env = { ...process.env };

beforeAll(async () => {
  const copy = await copyFolder(SAMPLE_FOLDER);
  folder = copy.dir;
  const t = await tempDir();
  cleanups.push(copy.cleanup, t.cleanup);
  // Fresh data and cache: no entities model and no index exist when the first query arrives.
  process.env.DOSSIER_DATA_DIR = path.join(t.dir, 'data');
  process.env.DOSSIER_CACHE_DIR = path.join(t.dir, 'cache');
});
afterAll(async () => {
  process.env = env;
  for (const c of cleanups) await c().catch(() => undefined);
});

interface Answer {
  total: number;
  hits: Array<{ path: string; aliases?: string[] }>;
}

describe('entity: in a query run before the entities model exists', () => {
  it("waits for the model, so the CLI answers with the entity's aliases", async () => {
    const r = await cli('search', folder, 'entity:"Zelensky"', '--json', '--limit', '100');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const byEntity = JSON.parse(r.out) as Answer;
    // Before the fix this expanded to nothing (total 0) on a fresh data directory.
    expect(byEntity.total).toBeGreaterThan(0);
    expect(byEntity.hits.every((h) => (h.aliases ?? []).length > 0)).toBe(true);
    // The same answer as searching for those aliases as phrases: the expansion was complete.
    const aliases = [...new Set(byEntity.hits.flatMap((h) => h.aliases ?? []))];
    expect(aliases).toContain('Zelensky');
    const plain = JSON.parse(
      (await cli('search', folder, aliases.map((a) => `"${a}"`).join(' OR '), '--json', '--limit', '100'))
        .out,
    ) as Answer;
    expect(byEntity.hits.map((h) => h.path).sort()).toEqual(plain.hits.map((h) => h.path).sort());
    // Recognising the whole sample on a busy 2-core machine takes a while; the test checks the answer.
  }, 180_000);
});

describe('FieldProviderRegistry.prepare', () => {
  it('waits only for providers whose field the query mentions', async () => {
    const registry = new FieldProviderRegistry();
    const prepared: string[] = [];
    registry.register({
      field: 'entity',
      kind: 'expand',
      expand: () => [],
      prepare: async () => void prepared.push('entity'),
    });
    registry.register({
      field: 'tag',
      kind: 'filter',
      docFilter: () => new Set(),
      prepare: async () => void prepared.push('tag'),
    });
    await registry.prepare(['peace talks', 'outlet:Wire']);
    expect(prepared).toEqual([]);
    await registry.prepare(['talks', '(ENTITY:"Kyiv" OR x)']);
    expect(prepared).toEqual(['entity']);
  });

  it('answers even when a provider fails to prepare', async () => {
    const registry = new FieldProviderRegistry();
    registry.register({
      field: 'entity',
      kind: 'expand',
      expand: () => [],
      prepare: () => Promise.reject(new Error('model failed')),
    });
    await expect(registry.prepare(['entity:x'])).resolves.toBeUndefined();
  });

  it('recognises a field prefix, not the word inside another word', () => {
    expect(mentionsField('entity:"A"', 'entity')).toBe(true);
    expect(mentionsField('a -entity:x', 'entity')).toBe(true);
    expect(mentionsField('nonentity:x', 'entity')).toBe(false);
    expect(mentionsField('entities', 'entity')).toBe(false);
  });
});
