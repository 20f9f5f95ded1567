import { strFromU8, unzipSync } from 'fflate';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../../../support/cli';
import { copyFolder, tempDir } from '../../../../support/temp';
import { EXPORT_PROJECT } from '../../../../fixtures/export/excerpts';

let folder: string;
let other: string;
let work: string;
const cleanups: Array<() => Promise<void>> = [];
const env = { ...process.env };

beforeAll(async () => {
  const t = await tempDir();
  const a = await copyFolder(EXPORT_PROJECT);
  const b = await copyFolder(EXPORT_PROJECT);
  cleanups.push(t.cleanup, a.cleanup, b.cleanup);
  work = t.dir;
  folder = a.dir;
  other = b.dir;
  process.env.DOSSIER_DATA_DIR = path.join(t.dir, 'data');
  process.env.DOSSIER_CACHE_DIR = path.join(t.dir, 'cache');
  const r1 = await cli(
    'annotate',
    folder,
    'talks-wire.txt',
    '--quote',
    'security guarantees remain unresolved',
    '--issue',
    'Security guarantees',
    '--stance',
    'raises',
    '--tag',
    'open question',
  );
  const r2 = await cli(
    'annotate',
    folder,
    'talks-wire.txt',
    '--quote',
    'frozen assets',
    '--issue',
    'Sanctions',
    '--stance',
    'blocks',
    '--entity',
    'European Commission',
    '--type',
    'organisation',
  );
  expect([r1.code, r2.code, r1.err + r2.err]).toEqual([0, 0, '']);
});
afterAll(async () => {
  process.env = env;
  for (const c of cleanups) await c().catch(() => undefined);
});

describe('dossier export / import', () => {
  it('writes a text format to stdout, filtered by issue and grouped', async () => {
    const r = await cli('export', folder, '--format', 'md', '--issue', 'Sanctions', '--group-by', 'issue');
    expect(r.code).toBe(0);
    expect(r.out).toContain('## Sanctions');
    expect(r.out).toContain('> frozen assets');
    expect(r.out).not.toContain('security guarantees remain unresolved');
  });

  it('filters by tag and entity; CSV keeps its BOM on stdout', async () => {
    const byTag = await cli('export', folder, '--format', 'csv', '--tag', 'open question');
    expect(byTag.out.charCodeAt(0)).toBe(0xfeff);
    expect(byTag.out.split('\r\n').filter(Boolean)).toHaveLength(2);
    const byEntity = await cli('export', folder, '--format', 'csv', '--entity', 'european commission');
    expect(byEntity.out).toContain('"frozen assets"');
  });

  it('refuses a binary format without --out, with a clear message', async () => {
    const r = await cli('export', folder, '--format', 'docx');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/docx is a binary format; add --out FILE/);
    const bad = await cli('export', folder, '--format', 'pdf');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/--format must be one of md\|csv\|html\|docx\|jsonld\|qdpx/);
    const group = await cli('export', folder, '--format', 'md', '--group-by', 'colour');
    expect(group.err).toMatch(/--group-by must be/);
  });

  it('writes DOCX and .qdpx with --out, and imports them back into another copy', async () => {
    const docx = path.join(work, 'brief.docx');
    const r = await cli('export', folder, '--format', 'docx', '--out', docx, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ format: 'docx', count: 2 });
    expect(strFromU8(unzipSync(await readFile(docx))['word/document.xml'] as Uint8Array)).toContain(
      'frozen assets',
    );

    const jsonld = path.join(work, 'a.jsonld');
    expect((await cli('export', folder, '--format', 'jsonld', '--out', jsonld)).code).toBe(0);
    const imported = await cli('import', other, jsonld, '--json');
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.out)).toEqual({
      format: 'jsonld',
      created: 2,
      skipped: [],
      reanchored: [],
      orphaned: [],
    });

    const qdpx = path.join(work, 'a.qdpx');
    expect((await cli('export', folder, '--format', 'qdpx', '--out', qdpx)).code).toBe(0);
    const again = await cli('import', other, qdpx);
    expect(again.out).toMatch(/created 0 annotations/);
    expect(again.out).toMatch(/already exists/);

    const list = await cli('annotations', other, '--json');
    expect(list.out).toContain('frozen assets');
  });

  it('import lists the passages it re-anchored (as exported → as now, place, score) and those it orphaned', async () => {
    const jsonld = path.join(work, 'edited.jsonld');
    expect((await cli('export', folder, '--format', 'jsonld', '--out', jsonld)).code).toBe(0);
    const edited = await copyFolder(EXPORT_PROJECT);
    cleanups.push(edited.cleanup);
    const wirePath = path.join(edited.dir, 'talks-wire.txt');
    const wire = (await readFile(wirePath, 'utf8'))
      .replace('security guarantees remain unresolved', 'security guarantees remained unresolved')
      .replace('the question of frozen assets was', 'the reserves question was');
    await writeFile(wirePath, wire);
    const r = await cli('import', edited.dir, jsonld);
    expect([r.code, r.err]).toEqual([0, '']);
    const start = wire.replace(/\r\n/g, '\n').indexOf('security guarantees remained unresolved');
    expect(start).toBeGreaterThan(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('import: created 1 annotation from edited.jsonld');
    expect(lines[1]).toBe('  1 passage edited since export, re-anchored — please check:');
    expect(lines[2]).toBe(
      '    “security guarantees remain unresolved” → “security guarantees remained unresolved”',
    );
    expect(lines[3]).toMatch(
      new RegExp(
        `^      now at talks-wire\\.txt, chars ${start}–${start + 39}, score (0\\.(7[5-9]|[89]\\d)|1\\.00) \\(item `,
      ),
    );
    expect(lines[4]).toBe('  1 passage could not be placed (orphaned):');
    expect(lines[5]).toMatch(/^ {4}\S+: the quote “frozen assets” is not in talks-wire\.txt/);
    // An orphan is listed once, not again among the skipped items.
    expect(r.out.match(/frozen assets/g)).toHaveLength(1);
    const rows = JSON.parse((await cli('annotations', edited.dir, '--json')).out) as Array<{
      quote: string;
      start: number;
    }>;
    expect(rows.map((a) => [a.quote, a.start])).toEqual([['security guarantees remained unresolved', start]]);
  });

  it('import reports a missing file as a usage error', async () => {
    const r = await cli('import', folder, path.join(work, 'nope.jsonld'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/cannot read .*nope\.jsonld: it does not exist/);
  });
});
