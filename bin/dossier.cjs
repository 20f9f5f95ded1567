#!/usr/bin/env node
'use strict';
// The `dossier` command. The CLI is bundled to dist/cli/dossier.cjs by `npm run build` (run by npm install).
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli', 'dossier.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write(
    'dossier: not built yet. Run `npm run build` in the Dossier folder, then try again.\n',
  );
  process.exit(2);
}
require(bundle);
