import { test, expect } from './fixtures';

test('searches a phrase, sees marked snippets, opens the hit and steps through its marks', async ({
  workbench: page,
  shot,
}) => {
  await page.getByRole('tab', { name: 'Search' }).click();
  const box = page.getByRole('searchbox', { name: 'Search the corpus' });
  await box.fill('"peace talks"');
  const results = page.getByRole('list', { name: 'Search results' });
  const first = results.getByRole('button').first();
  await expect(first).toBeVisible();
  await expect(page.getByLabel('How the query was read')).toContainText('"peace talks"');
  // Every highlighted part of a snippet is the phrase itself.
  const marks = first.locator('.search-snippet mark');
  await expect(marks.first()).toBeVisible();
  await expect(marks.first()).toHaveText(/^peace talks$/i);
  await shot(page, 'search-results');

  const title = (await first.locator('.search-hit-title').textContent())?.trim() ?? '';
  await first.click();
  const reader = page.getByRole('region', { name: `Reader: ${title}` });
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title);
  const hitMarks = reader.locator('mark.mark-hit');
  await expect(hitMarks.first()).toBeVisible();
  const count = await hitMarks.count();
  expect(count).toBeGreaterThan(0);
  await expect(reader.locator('mark.mark-hit-current')).toHaveText(/peace talks/i);
  const nav = reader.getByRole('group', { name: 'Search hits in this document' });
  await expect(nav).toContainText(`Hit 1 of ${count}`);
  await nav.getByRole('button', { name: 'Next hit' }).click();
  await expect(nav).toContainText(count > 1 ? `Hit 2 of ${count}` : `Hit 1 of ${count}`);
  // F3 steps again (wrapping at the end), Shift+F3 goes back.
  await reader.locator('.pane-scroll').focus();
  await page.keyboard.press('F3');
  await page.keyboard.press('Shift+F3');
  await expect(nav).toContainText(count > 1 ? `Hit 2 of ${count}` : `Hit 1 of ${count}`);
  await expect(reader.locator('mark.mark-hit-current')).toHaveText(/peace talks/i);
  await shot(page, 'search-hit-in-reader');
});

test('a malformed query shows the error with its position, never a crash', async ({ workbench: page }) => {
  await page.getByRole('tab', { name: 'Search' }).click();
  await page.getByRole('searchbox', { name: 'Search the corpus' }).fill('"unclosed phrase');
  await expect(page.getByRole('alert')).toContainText('position 1');
});

test('a facet click adds a stacking filter chip', async ({ workbench: page }) => {
  await page.getByRole('tab', { name: 'Search' }).click();
  await page.getByRole('searchbox', { name: 'Search the corpus' }).fill('ceasefire');
  const status = page.getByRole('status', { name: 'Search summary' });
  await expect(status).toBeVisible();
  const before = Number((await status.textContent())?.match(/([\d,]+) document/)?.[1]?.replace(/,/g, ''));
  const outlet = page.getByRole('region', { name: 'Outlet facet' }).getByRole('button').first();
  await outlet.click();
  await expect(page.getByRole('button', { name: /Remove filter outlet:/ })).toBeVisible();
  await expect(status).not.toContainText(`${before.toLocaleString()} document`);
});

test('find in document is separate from corpus search', async ({ workbench: page }) => {
  const rows = page.getByRole('list', { name: 'Documents' }).getByRole('button');
  await rows.first().click();
  await page.locator('.pane-scroll').first().focus();
  await page.keyboard.press('Control+f');
  const find = page.getByRole('textbox', { name: 'Find in document' });
  await expect(find).toBeVisible();
  await find.fill('the');
  await expect(page.locator('mark.mark-find').first()).toBeVisible();
  await expect(page.locator('mark.mark-hit')).toHaveCount(0);
});
