import path from 'node:path';
import { REPO_ROOT } from '../support/temp';
import { expect, test } from './fixtures';

// Articles come from the web and some are hostile. Open every document of a payload corpus (scripts,
// event handlers, srcdoc, javascript:/data: links, SVG, mXSS patterns, remote images, meta refresh):
// no script may run, no dialog open, no request leave 127.0.0.1, and the page must not navigate.
test.use({ folder: path.join(REPO_ROOT, 'tests', 'fixtures', 'hostile') });

test('hostile articles are shown as inert text', async ({ workbench: page, served, shot }) => {
  const dialogs: string[] = [];
  const foreign: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!(url.protocol === 'data:' || (url.hostname === '127.0.0.1' && url.port === String(served.port))))
      foreign.push(r.url());
  });

  const rows = page.getByRole('list', { name: 'Documents' }).getByRole('button');
  await expect(rows).toHaveCount(3);
  for (let i = 0; i < 3; i++) {
    await rows.nth(i).click();
    await expect(page.locator('.doc-text').first()).not.toBeEmpty();
  }
  // The plain-text payload is visible as text, proving it was escaped rather than dropped.
  await page.getByRole('button', { name: /Plain text that looks like markup/ }).click();
  await expect(page.locator('.doc-text').first()).toContainText('<script>');
  await shot(page, 'hostile-text');

  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(
    await page
      .locator('.doc-text iframe, .doc-text script, .doc-text img, .doc-text svg, .doc-text object')
      .count(),
  ).toBe(0);
  expect(dialogs).toEqual([]);
  expect(foreign).toEqual([]);
  expect(new URL(page.url()).origin).toBe(served.origin);
});
