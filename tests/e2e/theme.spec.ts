import { expect, test } from './fixtures';
import { openByFilter } from './workbench-helpers';

test('the theme follows the OS and can be switched', async ({ workbench: page, shot }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const darkBySystem = await bg();
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await bg()).not.toBe(darkBySystem);

  await openByFilter(page, 'northern-ledger-geneva');
  const theme = page.getByRole('combobox', { name: 'Theme' });
  await theme.selectOption({ label: 'Dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await bg()).toBe(darkBySystem);
  await shot(page, 'theme-dark');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await shot(page, 'theme-light');
});
