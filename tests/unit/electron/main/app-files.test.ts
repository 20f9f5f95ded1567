import { mkdir, realpath, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appFileFor, contentTypeOf } from '../../../../electron/main/app-files';
import { tempDir } from '../../../support/temp';

let base: string;
let root: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const t = await tempDir();
  cleanup = t.cleanup;
  base = await realpath(t.dir);
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await mkdir(path.join(base, 'renderer-other'));
  await writeFile(path.join(root, 'index.html'), '<!doctype html>');
  await writeFile(path.join(root, 'assets', 'index-abc.js'), '');
  await writeFile(path.join(root, 'assets', 'markdown-def.js'), '');
  await writeFile(path.join(base, 'secret.txt'), 'outside');
  await writeFile(path.join(base, 'renderer-other', 'x.js'), 'sibling');
  await symlink(path.join(base, 'secret.txt'), path.join(root, 'assets', 'escape.js'));
});
afterAll(() => cleanup());

describe('appFileFor (the app scheme serves the renderer folder and nothing else)', () => {
  it('serves the page and every asset, lazily loaded chunks included', async () => {
    expect(await appFileFor(root, 'dossier-app://app/')).toBe(path.join(root, 'index.html'));
    expect(await appFileFor(root, 'dossier-app://app/assets/index-abc.js')).toBe(
      path.join(root, 'assets', 'index-abc.js'),
    );
    expect(await appFileFor(root, 'dossier-app://app/assets/markdown-def.js')).toBe(
      path.join(root, 'assets', 'markdown-def.js'),
    );
  });

  it.each([
    ['another host', 'dossier-app://evil/index.html'],
    ['a traversal', 'dossier-app://app/../secret.txt'],
    ['an encoded traversal', 'dossier-app://app/%2e%2e/secret.txt'],
    [
      'an encoded traversal to a sibling with the same prefix',
      'dossier-app://app/%2e%2e/renderer-other/x.js',
    ],
    ['a link pointing out', 'dossier-app://app/assets/escape.js'],
    ['a file that does not exist', 'dossier-app://app/assets/nope.js'],
    ['a malformed escape', 'dossier-app://app/%E0%A4%A.js'],
  ])('refuses %s', async (_what, url) => {
    expect(await appFileFor(root, url)).toBeNull();
  });
});

describe('contentTypeOf', () => {
  it('names module scripts, pages, styles and icons, and nothing else as executable', () => {
    expect(contentTypeOf('/r/assets/index-abc.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('/r/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('/r/assets/index.CSS')).toBe('text/css; charset=utf-8');
    expect(contentTypeOf('/r/favicon.svg')).toBe('image/svg+xml');
    expect(contentTypeOf('/r/notes.txt')).toBe('application/octet-stream');
  });
});
