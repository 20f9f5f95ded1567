// `node scripts/refresh-screenshots.mjs`: copies the screenshots the e2e suite just took
// (reports/screenshots/, written by tests/e2e via the `shot` fixture) into docs/screenshots/ for the
// README and docs. Run after `npx playwright test`; it refuses to copy what the run did not produce.
import { copyFile, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const from = path.join(root, 'reports', 'screenshots');
const to = path.join(root, 'docs', 'screenshots');

/** Screenshot name in reports/ → name in docs/ (the README shows workbench.png). */
const WANTED = {
  'workbench.png': 'workbench.png',
  'compare-diff.png': 'compare.png',
  'palette.png': 'palette.png',
  'theme-dark.png': 'workbench-dark.png',
};

await mkdir(to, { recursive: true });
let missing = 0;
for (const [src, dest] of Object.entries(WANTED)) {
  const file = path.join(from, src);
  try {
    await stat(file);
  } catch {
    console.error(`missing ${path.relative(root, file)}: run the e2e suite first (npx playwright test)`);
    missing++;
    continue;
  }
  await copyFile(file, path.join(to, dest));
  console.log(`${path.relative(root, file)} → docs/screenshots/${dest}`);
}
process.exit(missing ? 1 : 0);
