import { expect, test } from './fixtures';
import { openByFilter, pane } from './workbench-helpers';

test('shows provenance, dims furniture and can hide it', async ({ workbench: page, shot }) => {
  const title = await openByFilter(page, 'northern-ledger-geneva');
  const reader = pane(page, title);
  await expect(reader.locator('.provenance').first()).toContainText('The Northern Ledger');
  const furniture = reader.locator('.furniture').first();
  await expect(furniture).toBeVisible();
  // Every text node sits in an element carrying its canonical offset.
  const starts = await reader
    .locator('.doc-text [data-start]')
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-start'))));
  expect(starts.length).toBeGreaterThan(1);
  expect(starts).toEqual([...starts].sort((a, b) => a - b));
  await shot(page, 'reader-furniture');
  await reader.getByRole('button', { name: 'Hide site furniture' }).click();
  await expect(furniture).toBeHidden();
  await reader.getByRole('button', { name: 'Show site furniture' }).click();
  await expect(furniture).toBeVisible();
});

test('a live blog lists its entries and jumps to one', async ({ workbench: page, shot }) => {
  const title = await openByFilter(page, 'capital-post-live');
  const reader = pane(page, title);
  await reader.getByText(/Live-blog entries \(\d+\)/).click();
  const nav = reader.getByRole('navigation', { name: 'Live-blog entries' });
  const entries = nav.getByRole('button');
  expect(await entries.count()).toBeGreaterThanOrEqual(10);
  await entries.last().click();
  await expect(reader.locator('.entry-anchor').last()).toBeInViewport();
  await shot(page, 'reader-live-blog');
});

test('a windows-1251 file renders readable Cyrillic', async ({ workbench: page, shot }) => {
  const title = await openByFilter(page, '1251');
  const reader = pane(page, title);
  await expect(reader.locator('.doc-text')).toContainText('компромисс');
  await expect(reader.locator('.doc-text')).not.toContainText('\uFFFD');
  await expect(reader.locator('.badge').first()).toContainText(/1251/);
  await shot(page, 'reader-windows-1251');
});

test('UTF-16 files (with and without BOM) render readable text', async ({ workbench: page, shot }) => {
  const bom = await openByFilter(page, 'utf16le-bom');
  await expect(pane(page, bom).locator('.doc-text')).toContainText('sanctions');
  await expect(pane(page, bom).locator('.doc-text')).not.toContainText('\u0000');
  await shot(page, 'reader-utf16');
  const nobom = await openByFilter(page, 'utf16le-nobom');
  await expect(pane(page, nobom).locator('.doc-text')).toContainText('NATO');
});
