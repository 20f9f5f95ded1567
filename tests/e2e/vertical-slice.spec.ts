import { test, expect } from './fixtures';

test('opens the sample folder, lists its articles and reads one', async ({ workbench: page, shot }) => {
  const list = page.getByRole('list', { name: 'Documents' });
  const rows = list.getByRole('button');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThanOrEqual(10);

  const first = rows.first();
  const title = (await first.locator('.doc-title').textContent())?.trim() ?? '';
  expect(title.length).toBeGreaterThan(5);
  await first.click();

  const reader = page.getByRole('region', { name: `Reader: ${title}` });
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(reader.locator('.doc-text')).not.toBeEmpty();
  await shot(page, 'workbench');
});

test('shows the files it could not index, with reasons', async ({ workbench: page }) => {
  const summary = page.getByText(/Files not indexed \(\d+\)/);
  await expect(summary).toBeVisible();
  await summary.click();
  await expect(page.getByRole('list', { name: 'Files not indexed' })).toContainText('empty');
});
