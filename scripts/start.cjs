// `npm start`: launches the desktop app on the last folder (or the bundled sample articles the first
// time). Where the Electron binary is not installed it says so in one line and exits non-zero.
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
let electronPath;
try {
  electronPath = require('electron');
  if (typeof electronPath !== 'string' || !fs.existsSync(electronPath)) throw new Error('binary missing');
} catch {
  process.stderr.write(
    'Dossier: the Electron binary is not installed (npm skipped its download). Install it with ' +
      '`npm rebuild electron` (or `node node_modules/electron/install.js`) on a machine that can reach ' +
      "Electron's download server — or run `npx dossier serve` to open the same workbench in your browser.\n",
  );
  process.exit(1);
}
if (!fs.existsSync(path.join(root, 'dist', 'electron', 'main.cjs'))) {
  process.stderr.write('Dossier: not built yet — run `npm run build` first.\n');
  process.exit(1);
}
const child = spawn(
  electronPath,
  [path.join(root, 'dist', 'electron', 'main.cjs'), ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
child.on('exit', (code) => process.exit(code ?? 0));
