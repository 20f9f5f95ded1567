/**
 * Fault matrix rows 13, 14, 16, 18 and 19 (RELIABILITY-ANCHORS §6) through the real `Workspace.open` in a
 * child process, so peak RSS and open descriptors are the scan's own. Companion tests owned by ingest:
 * tests/unit/electron/services/workspace/bad-files.test.ts (size cap, EACCES, symlink loops, a file growing
 * while read, 3k files) and pool-cache.test.ts (1 ms time limit, cancel), and
 * tests/unit/electron/services/ingest/formats.test.ts (zip-bomb directory check). What is added here: the
 * real sizes (a sparse 500 MB file, a 50 MB line), a generated bomb and JavaScript PDF with memory and
 * "nothing ran" checks, a PDF pdf.js cannot finish, 5,000 files 50 levels deep with descriptors counted,
 * and thousands of files deleted and rewritten while the scan runs. Long forms: `npm run bench:reliability`.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  ARTICLE,
  deepTree,
  pdfWithJavaScript,
  singleLine,
  slowPdf,
  sparseFile,
  zipBomb,
} from '../../reliability/fixtures';
import { disposeIngestChild, ingestInChild, rssGrowthMb } from '../../reliability/ingest';
import { runVanishScenario } from '../../reliability/vanish';
import { tempDir } from '../../support/temp';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});
afterAll(disposeIngestChild);

async function folder(): Promise<string> {
  const t = await tempDir('dossier-reliability-');
  cleanups.push(t.cleanup);
  await writeFile(path.join(t.dir, 'a-ok.txt'), ARTICLE);
  await writeFile(path.join(t.dir, 'z-ok.txt'), ARTICLE);
  return t.dir;
}
const reasons = (r: { skipped: { path: string; reason: string }[] }) =>
  Object.fromEntries(r.skipped.map((s) => [s.path, s.reason]));

describe('hostile and oversized inputs never stop the scan', () => {
  it('500 MB file skipped as too-large with the reason; zip bomb refused before inflating, RSS flat', async () => {
    const root = await folder();
    await sparseFile(path.join(root, 'huge.txt'), 500 * 2 ** 20);
    // 100 MiB of XML declared in ~100 KB: inflating it (and mammoth parsing it) would cost far more than 96 MB.
    await writeFile(path.join(root, 'bomb.docx'), zipBomb(100 * 2 ** 20));
    const r = await ingestInChild({ root });
    expect(reasons(r)).toEqual({ 'huge.txt': 'too-large', 'bomb.docx': 'zip-bomb' });
    expect(r.skipped.find((s) => s.path === 'huge.txt')?.detail).toBe('500.0 MB is over the 50.0 MB limit');
    expect(r.skipped.find((s) => s.path === 'bomb.docx')?.detail).toMatch(/not opened: .*ratio of \d+:1/);
    expect(r.indexed).toBe(2);
    // The growth is the ingest worker thread starting (~40 MB here), the same as for a folder of two articles.
    expect(rssGrowthMb(r)).toBeLessThan(96);
  }, 60_000);

  it('a PDF with /OpenAction and name-tree JavaScript: text extracted, the script never runs', async () => {
    const root = await folder();
    const marker = path.join(root, '..', `${path.basename(root)}-pwned`);
    await writeFile(
      path.join(root, 'js.pdf'),
      pdfWithJavaScript(marker, 'Hostile PDF text survives extraction'),
    );
    const r = await ingestInChild({ root, textOf: ['js.pdf'] });
    expect(r.skipped).toEqual([]);
    expect(r.texts['js.pdf']).toContain('Hostile PDF text survives extraction');
    expect(r.pwned).toBe(false);
    expect(existsSync(marker)).toBe(false);
  }, 60_000);

  it('a 50 MB single line is parsed whole, off the main thread, with memory bounded', async () => {
    const root = await folder();
    await singleLine(path.join(root, 'line.txt'), 50_000_000);
    const r = await ingestInChild({ root, textOf: ['line.txt'] });
    expect(r.skipped).toEqual([]);
    expect(r.textLengths['line.txt']).toBe(50_000_001);
    // Bounded: a few copies of the text (bytes, UTF-16 string, canonical form), far from the 4 GB heap cage.
    expect(rssGrowthMb(r)).toBeLessThan(1024);
  }, 60_000);

  it('a PDF pdf.js cannot finish is killed at the time limit, reported as timeout, and the scan goes on', async () => {
    const root = await folder();
    // 600,000 text operators in ~100 KB: about a minute of pdf.js work here; the limit stops it.
    await writeFile(path.join(root, 'stuck.pdf'), slowPdf(600_000));
    const r = await ingestInChild({ root, workers: 1, fileTimeoutMs: 4_000 });
    expect(reasons(r)).toEqual({ 'stuck.pdf': 'timeout' });
    expect(r.skipped[0]?.detail).toMatch(/took longer than 4 s and was stopped/);
    expect(r.indexed).toBe(2);
  }, 60_000);
});

describe('big trees and a folder that changes under the scan', () => {
  it('5,000 files 50 levels deep: all indexed, no EMFILE, open descriptors bounded', async () => {
    const root = await folder();
    await deepTree(path.join(root, 'deep'), 50, 100);
    const r = await ingestInChild({ root });
    expect(r.skipped).toEqual([]);
    expect(r.indexed).toBe(5_002);
    expect(r.fdBaseline).toBeGreaterThan(0);
    // The walk holds one directory handle at a time and the pool a few files: nowhere near a ulimit.
    expect(r.fdMax - r.fdBaseline).toBeLessThan(64);
  }, 60_000);

  it('files deleted and rewritten during workspace.open: the scan completes, no torn text, nothing fails', async () => {
    const t = await tempDir('dossier-vanish-');
    cleanups.push(t.cleanup);
    const s = await runVanishScenario({ root: path.join(t.dir, 'folder'), files: 3_000, mutate: 600 });
    expect(s.failures).toEqual([]);
    expect(s.completed).toBe(true);
    expect(s.torn).toBe(0);
    expect(s.unexpectedSkips).toEqual([]);
    expect(s.accounted).toBe(s.files);
    expect(s.mutations).toBeGreaterThan(0);
  }, 60_000);
});
