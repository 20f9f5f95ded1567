import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isInside, resolveInside } from '../../../../../electron/services/fs/confine';
import { tempDir } from '../../../../support/temp';

let base: string;
let root: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const t = await tempDir();
  base = t.dir;
  cleanup = t.cleanup;
  root = path.join(base, 'articles');
  await mkdir(path.join(root, 'sub'), { recursive: true });
  await mkdir(path.join(base, 'articles-other'), { recursive: true });
  await writeFile(path.join(root, 'sub', 'a.txt'), 'inside');
  await writeFile(path.join(base, 'secret.txt'), 'outside');
  await writeFile(path.join(base, 'articles-other', 'x.txt'), 'sibling');
  await symlink(path.join(base, 'secret.txt'), path.join(root, 'escape.txt'));
  await symlink(path.join(root, 'sub', 'a.txt'), path.join(root, 'inner-link.txt'));
});
afterAll(() => cleanup());

describe('resolveInside', () => {
  it('resolves a file inside the folder', async () => {
    expect(await resolveInside(root, 'sub/a.txt')).toBe(
      path.join(await import('node:fs/promises').then((f) => f.realpath(root)), 'sub', 'a.txt'),
    );
  });
  it('follows a link that stays inside', async () => {
    expect(await resolveInside(root, 'inner-link.txt')).toMatch(/sub[\\/]a\.txt$/);
  });
  it.each([
    ['../secret.txt', 'outside the folder'],
    ['sub/../../secret.txt', 'outside the folder'],
    ['../articles-other/x.txt', 'outside the folder'],
    ['/etc/passwd', 'absolute path'],
    ['C:\\Windows\\win.ini', 'absolute path'],
    ['escape.txt', 'link to a place outside'],
    ['sub/a.txt\0.png', 'NUL byte'],
  ])('refuses %s (%s) with a forbidden error that says why', async (rel, why) => {
    await expect(resolveInside(root, rel)).rejects.toMatchObject({
      code: 'forbidden',
      message: expect.stringContaining(why),
    });
  });
  it('reports a missing file as not_found', async () => {
    await expect(resolveInside(root, 'sub/nope.txt')).rejects.toMatchObject({ code: 'not_found' });
  });
  it('says the folder itself was moved or deleted when it is gone, not a raw ENOENT', async () => {
    const gone = path.join(base, 'gone-folder');
    await expect(resolveInside(gone, 'a.txt')).rejects.toMatchObject({
      code: 'not_found',
      message: `paths: the folder ${gone} was moved or deleted while it was open. Check where it is now and open it again.`,
    });
  });
});

describe('isInside', () => {
  it('is not fooled by a sibling whose name starts with the root', () => {
    expect(isInside('/data/articles', '/data/articles-other/x')).toBe(false);
    expect(isInside('/data/articles', '/data/articles/x')).toBe(true);
    expect(isInside('/data/articles', '/data/articles')).toBe(true);
  });
});
