import { expect, test } from './fixtures';
import { library, ready } from './workbench-helpers';

test('j/k move through the library, Ctrl+\\ splits, ? lists shortcuts, Esc closes', async ({
  workbench: page,
  shot,
}) => {
  await ready(page);
  const rows = library(page).getByRole('button');
  const t0 = ((await rows.nth(0).locator('.doc-title').textContent()) ?? '').trim();
  const t1 = ((await rows.nth(1).locator('.doc-title').textContent()) ?? '').trim();
  await page.locator('body').press('j');
  await expect(page.getByRole('region', { name: `Reader: ${t0}` })).toBeVisible();
  await page.keyboard.press('j');
  await expect(page.getByRole('region', { name: `Reader: ${t1}` })).toBeVisible();
  await expect(rows.nth(1)).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('k');
  await expect(page.getByRole('region', { name: `Reader: ${t0}` })).toBeVisible();

  // Typing in a field does not trigger single-key shortcuts.
  const filter = page.getByRole('searchbox', { name: 'Filter documents' });
  await filter.focus();
  await page.keyboard.type('jk');
  await expect(filter).toHaveValue('jk');
  await page.keyboard.press('Escape');
  await expect(filter).not.toBeFocused();
  await filter.fill('');
  await page.keyboard.press('Escape');

  // `/` shows the Search tab and puts the caret in it; Esc leaves the field again.
  await page.keyboard.press('/');
  await expect(page.getByRole('tab', { name: 'Search' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Search' }).locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: 'Library' }).click();

  await page.keyboard.press('Control+\\');
  await expect(page.getByRole('region', { name: 'Reader pane 2' })).toBeVisible();
  await page.keyboard.press('Control+\\');
  await expect(page.getByRole('region', { name: 'Reader pane 2' })).toBeHidden();

  await page.keyboard.press('?');
  const overlay = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(overlay).toBeVisible();
  await expect(overlay).toContainText('Next document');
  await shot(page, 'shortcuts');
  await page.keyboard.press('Escape');
  await expect(overlay).toBeHidden();

  // Focus is visible on keyboard navigation.
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).not.toBe('none');
});
