import { expect, test } from './fixtures';
import { library, openByFilter, pane, ready } from './workbench-helpers';

test('the workbench has named landmarks, tabs from the registry and a details panel', async ({
  workbench: page,
  shot,
}) => {
  await ready(page);
  await expect(page.getByRole('navigation', { name: 'Sidebar' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Library' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('main', { name: 'Reader' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Document details' })).toBeVisible();
  await expect(page.getByRole('contentinfo', { name: 'Status' })).toContainText('documents');
  // Empty reader says what to do.
  await expect(page.getByText('Choose a document in the library')).toBeVisible();

  const title = await openByFilter(page, 'meridian-eu-frozen');
  const details = page.getByRole('complementary', { name: 'Document details' });
  await expect(details).toContainText('wires/meridian-eu-frozen-assets-summit.txt');
  await expect(details).toContainText('Encoding');
  await expect(pane(page, title).getByRole('heading', { level: 1 })).toHaveText(title);
  await shot(page, 'workbench-single');
});

test('dividers resize with the keyboard', async ({ workbench: page }) => {
  const divider = page.getByRole('separator', { name: 'Resize sidebar' });
  const sidebar = page.getByRole('navigation', { name: 'Sidebar' });
  const before = (await sidebar.boundingBox())?.width ?? 0;
  await divider.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await sidebar.boundingBox())?.width ?? 0).toBeGreaterThan(before + 10);
});

test('splits the reader and opens another document beside the first; panes persist per folder', async ({
  workbench: page,
  shot,
}) => {
  const first = await openByFilter(page, 'kessler-framework');
  await page.getByRole('button', { name: /Toggle split view/ }).click();
  await expect(page.getByRole('region', { name: 'Reader pane 2' })).toBeVisible();
  const second = await openByFilter(page, 'capital-post-live');
  await expect(pane(page, first)).toBeVisible();
  await expect(pane(page, second)).toBeVisible();
  await expect(page.getByRole('separator', { name: 'Resize panes 1 and 2' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Filter documents' }).fill('');
  await expect(library(page).getByRole('button').nth(5)).toBeVisible();
  await shot(page, 'workbench');

  await page.reload();
  await ready(page);
  await expect(pane(page, first)).toBeVisible();
  await expect(pane(page, second)).toBeVisible();
});
