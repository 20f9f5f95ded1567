import { _electron as electron } from '@playwright/test';
import path from 'node:path';
import { findElectron } from '../support/electron-binary';
import { REPO_ROOT, SAMPLE_FOLDER, copyFolder, tempDir } from '../support/temp';
import { expect, test } from './fixtures';

const binary = findElectron();

test('the desktop app opens a sandboxed window on a folder and reads an article', async () => {
  test.skip(binary.path === null, binary.path === null ? binary.reason : '');
  const folder = await copyFolder(SAMPLE_FOLDER);
  const data = await tempDir('dossier-electron-data-');
  const app = await electron.launch({
    executablePath: binary.path as string,
    args: [path.join(REPO_ROOT, 'dist', 'electron', 'main.cjs'), folder.dir],
    env: { ...process.env, DOSSIER_CACHE_DIR: path.join(data.dir, 'cache') } as Record<string, string>,
  });
  try {
    const page = await app.firstWindow();
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const win = BrowserWindow.getAllWindows()[0];
      const p = win?.webContents.getLastWebPreferences();
      return {
        sandbox: p?.sandbox,
        contextIsolation: p?.contextIsolation,
        nodeIntegration: p?.nodeIntegration,
        url: win?.webContents.getURL(),
      };
    });
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(prefs.url).toMatch(/^dossier-app:\/\/app\//);
    expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe(
      'undefined',
    );
    const rows = page.getByRole('list', { name: 'Documents' }).getByRole('button');
    await expect(rows.first()).toBeVisible();
    await rows.first().click();
    await expect(page.locator('.doc-text')).not.toBeEmpty();
  } finally {
    await app.close();
    await folder.cleanup();
    await data.cleanup();
  }
});
