import { test, expect } from './fixtures';

test('the File section shows how a file was decoded and re-reads it with another encoding', async ({
  workbench: page,
  shot,
}) => {
  await page.getByRole('searchbox', { name: 'Filter documents' }).fill('Песков');
  const list = page.getByRole('list', { name: 'Documents' });
  await list
    .getByRole('button', { name: /Песков: выборы на Украине/ })
    .first()
    .click();
  // The reader region is named after its title, which changes with the encoding.
  const reader = page.getByRole('region', { name: /^Reader:/ });
  await expect(reader.getByRole('heading', { level: 1 })).toContainText('Песков');
  const panel = page.getByRole('complementary', { name: 'Document details' });
  await expect(panel.locator('.file-panel')).toContainText('Encoding koi8-r');
  const override = panel.getByRole('combobox', { name: 'Encoding override' });
  await override.selectOption('windows-1251');
  await expect(reader.getByRole('heading', { level: 1 })).not.toContainText('Песков');
  await expect(panel.getByText('chosen by you', { exact: false })).toBeVisible();
  await override.selectOption('');
  await expect(reader.getByRole('heading', { level: 1 })).toContainText('Песков');
  await shot(page, 'ingest-file-panel');
});

test('a syndicated copy lists its original in the File section', async ({ workbench: page }) => {
  await page.getByRole('searchbox', { name: 'Filter documents' }).fill('Moscow cool');
  const list = page.getByRole('list', { name: 'Documents' });
  await list
    .getByRole('button', { name: /Moscow cool on Geneva changes/ })
    .first()
    .click();
  const panel = page.getByRole('complementary', { name: 'Document details' });
  await expect(panel.getByText('3 copies of this story')).toBeVisible();
  await expect(panel.locator('.file-panel')).toContainText('original');
});
