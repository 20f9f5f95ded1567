import { execFile } from 'node:child_process';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, tempDir } from '../../support/temp';

const run = promisify(execFile);

// electron-builder `--dir` packing, offline: a stub electronDist stands in for the binary we cannot
// download here. Proves the files globs, asar packing, what ships, and that the Electron fuses are flipped.

/** Electron's fuse sentinel (@electron/fuses), then wire version 1, 8 fuses in Electron's default states. */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const DEFAULT_WIRE = '10110001';
/** Expected after packing: runAsNode off, cookie encryption on, NODE_OPTIONS off, --inspect off,
 * asar integrity on, only-load-from-asar on, browser V8 snapshot off, file:// extra privileges off. */
const EXPECTED_WIRE = '01001100';
describe('electron-builder --dir packing', () => {
  it('packs dist/ into app.asar with a stub Electron', async () => {
    const mainBundle = path.join(REPO_ROOT, 'dist', 'electron', 'main.cjs');
    await stat(mainBundle); // npm test builds before the unit tests run
    const t = await tempDir('dossier-pack-');
    try {
      const stub = path.join(t.dir, 'stub-electron');
      await mkdir(stub, { recursive: true });
      await writeFile(
        path.join(stub, 'electron'),
        `#!/bin/sh\nexit 1\n# ${SENTINEL}\x01\x08${DEFAULT_WIRE}\n`,
        'latin1',
      );
      await chmod(path.join(stub, 'electron'), 0o755);
      const out = path.join(t.dir, 'release');
      await run(
        'npx',
        [
          'electron-builder',
          '--linux',
          'dir',
          `-c.electronDist=${stub}`,
          `-c.directories.output=${out}`,
          '--publish',
          'never',
        ],
        {
          cwd: REPO_ROOT,
          env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
          timeout: 120_000,
        },
      );
      const resources = path.join(out, 'linux-unpacked', 'resources');
      const asar = await readFile(path.join(resources, 'app.asar'));
      const header = asar.toString('utf8', 16, Math.min(asar.length, 16 + asar.readUInt32LE(12)));
      expect(header).toContain('main.cjs');
      expect(header).toContain('preload.cjs');
      expect(header).toContain('index.html');
      // Bundled libraries stay out; pdf.js ships because it loads its own worker module at run time.
      expect(header).not.toContain('"react"');
      expect(header).not.toContain('"lunr"');
      expect(header).not.toContain('"zod"');
      expect(header).toContain('"pdfjs-dist"');
      await stat(path.join(resources, 'sample-articles'));
      const binary = (await readFile(path.join(out, 'linux-unpacked', 'dossier'))).toString('latin1');
      const at = binary.indexOf(SENTINEL) + SENTINEL.length + 2;
      expect(binary.slice(at, at + 8)).toBe(EXPECTED_WIRE);
    } finally {
      await t.cleanup();
    }
  }, 180_000);
});
