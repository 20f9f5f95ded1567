import { test as base, expect, type Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { startServe, type ServeProcess } from '../support/serve-process';
import { copyFolder, REPO_ROOT, SAMPLE_FOLDER, tempDir } from '../support/temp';

/** Where e2e screenshots go (looked at by people, refreshed into docs/ by scripts/refresh-screenshots.mjs). */
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'reports', 'screenshots');

interface Fixtures {
  /** Folder to serve; override with `test.use({ folder: ... })`. Copied fresh for every test. */
  folder: string;
  /** The running serve host on a private copy of `folder`, with fresh data and cache directories. */
  served: ServeProcess & { folder: string; dataDir: string };
  /** A page opened on the workbench with the folder loaded. */
  workbench: Page;
  /** Saves a full-page screenshot under reports/screenshots/<name>.png. */
  shot: (page: Page, name: string) => Promise<void>;
}

export const test = base.extend<Fixtures>({
  folder: [SAMPLE_FOLDER, { option: true }],
  served: async ({ folder }, use) => {
    const copy = await copyFolder(folder);
    const dirs = await tempDir('dossier-e2e-data-');
    const dataDir = path.join(dirs.dir, 'data');
    const cacheDir = path.join(dirs.dir, 'cache');
    const served = await startServe(copy.dir, { dataDir, cacheDir });
    await use({ ...served, folder: copy.dir, dataDir });
    await served.stop();
    await copy.cleanup();
    await dirs.cleanup();
  },
  workbench: async ({ page, served }, use) => {
    // Any uncaught error or CSP violation in the page fails the test that caused it.
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text()))
        problems.push(`CSP: ${m.text()}`);
    });
    await page.goto(served.url);
    await expect(page.getByRole('list', { name: 'Documents' })).toBeVisible();
    await use(page);
    expect(problems, 'the page logged errors or CSP violations').toEqual([]);
  },
  shot: async ({}, use) => {
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await use(async (page, name) => {
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: false });
    });
  },
});

export { expect };
