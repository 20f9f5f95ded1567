// Builds the Node-side entry points, one self-contained CommonJS file each (a sandboxed preload cannot
// require local chunks, and app.asar ships only dist/):
//   dist/electron/main.cjs, dist/electron/preload.cjs, dist/cli/dossier.cjs, dist/workers/<name>.cjs
import { readdirSync, existsSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { build } from 'vite';

const root = path.resolve(import.meta.dirname, '..');
const workersDir = path.join(root, 'electron', 'workers');
const workers = existsSync(workersDir)
  ? readdirSync(workersDir)
      .filter((f) => f.endsWith('.worker.ts'))
      .map((f) => [`workers/${f.replace(/\.worker\.ts$/, '')}`, `electron/workers/${f}`])
  : [];

const entries = [
  ['electron/main', 'electron/main/app.ts'],
  ['electron/preload', 'electron/preload/preload.ts'],
  ['cli/dossier', 'electron/cli/bin.ts'],
  ...workers,
];

// Kept out of the bundles: Electron itself, Node built-ins, optional native speed-ups of ws, and pdf.js
// (it loads its own worker module at run time, so it ships as a dependency).
const external = [
  'electron',
  'bufferutil',
  'utf-8-validate',
  /^pdfjs-dist(\/.*)?$/,
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
];

for (const [name, input] of entries) {
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    build: {
      outDir: path.join(root, 'dist'),
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      sourcemap: true,
      ssr: input,
      rollupOptions: {
        external,
        output: { format: 'cjs', entryFileNames: `${name}.cjs`, codeSplitting: false },
      },
    },
    ssr: { noExternal: true, target: 'node' },
  });
}
console.log(`built ${entries.map(([n]) => n).join(', ')}`);
