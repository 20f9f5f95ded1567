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
    const url = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0]?.webContents.getURL(),
    );
    expect(url).toMatch(/^dossier-app:\/\/app\//);
    // What the page can reach: no Node, no ipcRenderer, only the contract's domains on window.dossier.
    const reach = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return {
        require: typeof w.require,
        process: typeof w.process,
        bridge: Object.keys((w.dossier as object) ?? {}).sort(),
      };
    });
    expect(reach.require).toBe('undefined');
    expect(reach.process).toBe('undefined');
    expect(reach.bridge).toContain('documents');
    expect(reach.bridge).not.toContain('ipcRenderer');
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
