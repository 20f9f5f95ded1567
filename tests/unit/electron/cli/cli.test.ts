import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../../support/cli';
import { CLI_VERSION } from '../../../../electron/cli/version';
import { REPO_ROOT, tempDir } from '../../../support/temp';
import { readFileSync } from 'node:fs';

let dir: string;
let cleanup: () => Promise<void>;
const env = { ...process.env };

beforeAll(async () => {
  const t = await tempDir();
  cleanup = t.cleanup;
  dir = path.join(t.dir, 'articles');
  await mkdir(path.join(dir, 'sub'), { recursive: true });
  await writeFile(path.join(dir, 'a.txt'), ' date 2025-12-04\nTalks resume in Geneva\n\nGENEVA: text.\n');
  await writeFile(path.join(dir, 'sub', 'b.txt'), 'Second story\n\nBody.\n');
  await writeFile(path.join(dir, 'junk.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 9]));
  await writeFile(path.join(dir, 'empty.txt'), '');
  process.env.DOSSIER_DATA_DIR = path.join(t.dir, 'data');
  process.env.DOSSIER_CACHE_DIR = path.join(t.dir, 'cache');
});
afterAll(async () => {
  process.env = env;
  await cleanup();
});

describe('dossier CLI', () => {
  it('index --json prints one JSON document with documents, files and skipped reasons', async () => {
    const r = await cli('index', dir, '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.documents).toBe(2);
    expect(report.files.indexed).toBe(2);
    expect(report.files.skipped).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'empty.txt', reason: 'empty' }),
        expect.objectContaining({ path: 'junk.txt', reason: 'binary' }),
      ]),
    );
    expect(typeof report.ms).toBe('number');
  });

  it('list --json gives one row per document with the documented keys', async () => {
    const rows = JSON.parse((await cli('list', dir, '--json')).out);
    expect(rows.map((r: { id: string }) => r.id)).toEqual(['a.txt', 'sub/b.txt']);
    expect(Object.keys(rows[0])).toEqual(
      expect.arrayContaining(['id', 'path', 'title', 'date', 'dateSource', 'outlet']),
    );
  });

  it('show --json exposes text and offsets into canonical text', async () => {
    const d = JSON.parse((await cli('show', dir, 'a.txt', '--json')).out);
    expect(d).toMatchObject({ id: 'a.txt', path: 'a.txt', date: '2025-12-04', encoding: 'utf-8', start: 0 });
    expect(d.text.slice(0, d.end - d.start)).toBe(d.text);
    expect(Array.isArray(d.boilerplate) && Array.isArray(d.entries)).toBe(true);
  });

  it('exits 1 with one line on stderr for a user error', async () => {
    const missing = await cli('show', dir, 'nope.txt');
    expect(missing.code).toBe(1);
    expect(missing.err.trim().split('\n')).toHaveLength(1);
    expect(missing.err).toContain('nope.txt');
    expect((await cli('index', path.join(dir, 'no-such-folder'))).code).toBe(1);
    expect((await cli('frobnicate')).code).toBe(1);
    expect((await cli('show', dir)).err).toContain('missing <id>');
    expect((await cli('index', dir, '--bogus')).code).toBe(1);
  });

  it('prints help and its version, kept in step with package.json', async () => {
    expect((await cli('--help')).out).toContain('serve [folder]');
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    expect(CLI_VERSION).toBe(pkg.version);
  });
});
