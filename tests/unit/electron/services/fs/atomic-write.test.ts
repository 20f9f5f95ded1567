import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../../../electron/services/fs/atomic-write';
import { tempDir } from '../../../../support/temp';

describe('writeFileAtomic', () => {
  it('replaces the content and leaves no temp file', async () => {
    const t = await tempDir();
    try {
      const file = path.join(t.dir, 'store.json');
      await writeFile(file, 'old');
      await writeFileAtomic(file, 'new');
      expect(await readFile(file, 'utf8')).toBe('new');
      expect(await readdir(t.dir)).toEqual(['store.json']);
    } finally {
      await t.cleanup();
    }
  });

  it('retries a rename that fails with EBUSY/EPERM a few times', async () => {
    const t = await tempDir();
    try {
      const file = path.join(t.dir, 'store.json');
      let failures = 0;
      const flaky = async (a: string, b: string) => {
        if (failures++ < 3)
          throw Object.assign(new Error('busy'), { code: failures % 2 ? 'EBUSY' : 'EPERM' });
        return rename(a, b);
      };
      await writeFileAtomic(file, 'saved', { rename: flaky as typeof rename });
      expect(await readFile(file, 'utf8')).toBe('saved');
    } finally {
      await t.cleanup();
    }
  });

  it('gives up with a clear error, removes its temp file and keeps the old content', async () => {
    const t = await tempDir();
    try {
      const file = path.join(t.dir, 'store.json');
      await writeFile(file, 'old');
      const alwaysFull = async () => {
        throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
      };
      await expect(writeFileAtomic(file, 'new', { rename: alwaysFull as typeof rename })).rejects.toThrow(
        /disk is full/,
      );
      expect(await readFile(file, 'utf8')).toBe('old');
      expect(await readdir(t.dir)).toEqual(['store.json']);
    } finally {
      await t.cleanup();
    }
  });

  it('reports a permission failure as read_only with what to do, keeping the old file', async () => {
    const t = await tempDir();
    try {
      const file = path.join(t.dir, 'store.json');
      await writeFile(file, 'old');
      const denied = async () => {
        throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
      };
      await expect(writeFileAtomic(file, 'new', { rename: denied as typeof rename })).rejects.toMatchObject({
        code: 'read_only',
        message: expect.stringContaining('permissions'),
      });
      expect(await readFile(file, 'utf8')).toBe('old');
    } finally {
      await t.cleanup();
    }
  });
});
