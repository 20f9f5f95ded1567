import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../../support/cli';
import { tempDir } from '../../../support/temp';

let dir: string;
let cleanup: () => Promise<void>;
const env = { ...process.env };
const TEXT =
  'Talks resume in Geneva\n\nDelegates met in Geneva. The envoy said Geneva was chosen for its neutrality.\n';

beforeAll(async () => {
  const t = await tempDir();
  cleanup = t.cleanup;
  dir = path.join(t.dir, 'articles');
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'a.txt'), TEXT);
  process.env.DOSSIER_DATA_DIR = path.join(t.dir, 'data');
  process.env.DOSSIER_CACHE_DIR = path.join(t.dir, 'cache');
});
afterAll(async () => {
  process.env = env;
  await cleanup().catch(() => undefined);
});

describe('dossier annotate / annotations', () => {
  it('annotate --json stores the annotation on the chosen occurrence and prints it', async () => {
    const r = await cli(
      'annotate',
      dir,
      'a.txt',
      '--quote',
      'Geneva',
      '--occurrence',
      '3',
      '--color',
      'blue',
      '--note',
      'why *here*?',
      '--tag',
      'venue',
      '--tag',
      'talks',
      '--entity',
      'Geneva',
      '--type',
      'place',
      '--issue',
      'Venue',
      '--stance',
      'raises',
      '--json',
    );
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out) as { position: { start: number }; quote: { exact: string }; tags: string[] };
    expect(a.position.start).toBe(TEXT.lastIndexOf('Geneva'));
    expect(a).toMatchObject({
      quote: { exact: 'Geneva' },
      color: 'blue',
      tags: ['venue', 'talks'],
      entity: { name: 'Geneva', type: 'place' },
      issue: { title: 'Venue', stance: 'raises' },
    });
  });

  it('annotations --json lists the issue’s shape after re-anchoring against the current file', async () => {
    await writeFile(path.join(dir, 'a.txt'), `UPDATE: ${TEXT}`);
    const r = await cli('annotations', dir, '--json');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as Record<string, unknown>[];
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0] ?? {})).toEqual([
      'id',
      'docId',
      'quote',
      'start',
      'end',
      'state',
      'score',
      'note',
      'tags',
      'entity',
      'issue',
    ]);
    expect(rows[0]).toMatchObject({
      quote: 'Geneva',
      state: 'moved',
      start: TEXT.lastIndexOf('Geneva') + 8,
      score: 1,
    });
  });

  it('a quote that does not occur, or a bad option, is a usage error (exit 1) saying what to do', async () => {
    expect(await cli('annotate', dir, 'a.txt', '--quote', 'Lausanne')).toMatchObject({ code: 1 });
    const bad = await cli('annotate', dir, 'a.txt', '--quote', 'Geneva', '--color', 'mauve');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/--color must be one of yellow/);
  });
});
