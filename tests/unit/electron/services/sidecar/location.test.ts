import { chmod, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { locateSidecar } from '../../../../../electron/services/sidecar/location';
import { tempDir } from '../../../../support/temp';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function dirs() {
  const t = await tempDir('dossier-sidecar-location-');
  cleanups.push(t.cleanup);
  const root = path.join(t.dir, 'folder');
  const dataDir = path.join(t.dir, 'data');
  await mkdir(root);
  return { root, dataDir };
}

describe('locateSidecar', () => {
  it('keeps the sidecar in a writable folder', async () => {
    const { root, dataDir } = await dirs();
    expect(await locateSidecar(root, dataDir)).toMatchObject({ location: 'folder', readOnly: false });
  });

  it.skipIf(process.getuid?.() === 0)(
    'keeps it in the app data folder, saying why, when the folder is read-only',
    async () => {
      const { root, dataDir } = await dirs();
      await chmod(root, 0o555);
      cleanups.push(() => chmod(root, 0o755));
      expect(await locateSidecar(root, dataDir)).toMatchObject({
        location: 'app-data',
        reason: 'the folder is read-only, so annotations are saved in the app data folder instead',
      });
    },
  );

  it('says a folder that went away was moved or deleted, and makes no app-data sidecar for it', async () => {
    const { root, dataDir } = await dirs();
    const gone = `${root}-gone`;
    await expect(locateSidecar(gone, dataDir)).rejects.toMatchObject({
      code: 'not_found',
      message: `workspace: the folder ${gone} was moved or deleted while it was being opened. Check where it is now and open it again.`,
    });
    expect(await readdir(dataDir).catch(() => [])).toEqual([]);
  });
});
