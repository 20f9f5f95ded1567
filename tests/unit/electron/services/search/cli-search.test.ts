import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../../../support/cli';
import { tempDir } from '../../../../support/temp';

let dir: string;
let cleanup: () => Promise<void>;
const env = { ...process.env };

beforeAll(async () => {
  const t = await tempDir();
  cleanup = t.cleanup;
  dir = path.join(t.dir, 'articles');
  await mkdir(path.join(dir, 'sub'), { recursive: true });
  await writeFile(
    path.join(dir, 'a.txt'),
    ' date 2025-12-04\nPeace talks resume in Geneva\n\nGENEVA: The peace talks resumed on Monday.\n',
  );
  await writeFile(path.join(dir, 'sub', 'b.txt'), 'Second story\n\nTalks about peace stalled.\n');
  process.env.DOSSIER_DATA_DIR = path.join(t.dir, 'data');
  process.env.DOSSIER_CACHE_DIR = path.join(t.dir, 'cache');
});
afterAll(async () => {
  process.env = env;
  await cleanup();
});

describe('dossier search', () => {
  it('prints the documented JSON shape with canonical-text matches', async () => {
    const r = await cli('search', dir, '"peace talks"', '--json', '--limit', '5');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as {
      total: number;
      ms: number;
      hits: {
        id: string;
        path: string;
        title: string;
        date: string | null;
        outlet: string;
        score: number;
        snippets: { text: string; highlights: [number, number][] }[];
        matches: [number, number][];
      }[];
      facets: Record<string, Record<string, number>>;
    };
    expect(json.total).toBe(1);
    expect(Object.keys(json.facets).sort()).toEqual(['date', 'entity', 'issue', 'outlet', 'tag']);
    const hit = json.hits[0]!;
    expect(hit.path).toBe('a.txt');
    expect(Object.keys(hit).sort()).toEqual([
      'date',
      'id',
      'matches',
      'outlet',
      'path',
      'score',
      'snippets',
      'title',
    ]);
    expect(hit.matches.length).toBeGreaterThan(0);
    expect(hit.snippets[0]!.highlights.length).toBeGreaterThan(0);
  });

  it('exits 1 with the error on stderr for a bad query', async () => {
    const r = await cli('search', dir, 'title: (');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^search: .*position \d+/);
  });
});
