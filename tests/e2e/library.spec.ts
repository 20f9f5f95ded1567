import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SAMPLE_FOLDER } from '../support/temp';
import { expect, test } from './fixtures';
import { library, ready } from './workbench-helpers';

const titles = async (page: import('@playwright/test').Page) =>
  (await library(page).locator('.doc-title').allTextContents()).map((t) => t.trim());

test('sorts, filters with text and chips, and groups by folder', async ({ workbench: page, shot }) => {
  await ready(page);
  const sort = page.getByRole('combobox', { name: 'Sort documents' });
  await sort.selectOption({ label: 'Title' });
  const byTitle = await titles(page);
  const sorted = [...byTitle].sort((a, b) =>
    a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true }),
  );
  expect(byTitle.slice(0, 8)).toEqual(sorted.slice(0, 8));

  await sort.selectOption({ label: 'Outlet' });
  const outlets = (await library(page).locator('.doc-outlet').allTextContents()).slice(0, 8);
  expect(outlets).toEqual(
    [...outlets].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' })),
  );

  // Text filter.
  await page.getByRole('searchbox', { name: 'Filter documents' }).fill('live/');
  await expect(page.getByRole('status').filter({ hasText: /of \d+ documents/ })).toBeVisible();
  expect((await titles(page)).length).toBeGreaterThanOrEqual(3);
  await page.getByRole('searchbox', { name: 'Filter documents' }).fill('');

  // Outlet chip.
  await page.getByRole('button', { name: 'Filter by outlet' }).click();
  await page
    .getByRole('group', { name: 'Filter by outlet' })
    .getByRole('button', { name: /Meridian Wire/ })
    .click();
  await expect(library(page).locator('.doc-outlet').first()).toHaveText('Meridian Wire');
  for (const o of await library(page).locator('.doc-outlet').allTextContents())
    expect(o).toBe('Meridian Wire');
  await shot(page, 'library-filtered');

  // Copies chip stacks with the outlet chip; Clear resets both.
  await page.getByRole('button', { name: 'Has copies' }).click();
  await expect(page.getByRole('button', { name: 'Has copies' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^\d+ documents$/ })).toBeVisible();

  // Group by folder shows folder headings.
  await page.getByRole('checkbox', { name: 'Group by folder' }).check();
  await expect(library(page).getByRole('listitem', { name: 'Folder (top level)' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Filter documents' }).fill('live/');
  await expect(library(page).getByRole('listitem', { name: 'Folder live' })).toBeVisible();
  await shot(page, 'library-grouped');
});

test('lists the files it could not index with reasons', async ({ workbench: page }) => {
  const libraryTab = page.getByRole('tabpanel', { name: 'Library' });
  await libraryTab.getByText(/Files not indexed \(\d+\)/).click();
  const list = libraryTab.getByRole('list', { name: 'Files not indexed' });
  await expect(list).toContainText('empty.txt');
  await expect(list).toContainText('empty');
});

test.describe('a folder with a weak encoding guess', () => {
  // The sample corpus decodes cleanly everywhere; one short windows-1252 note is a guess the detector is
  // unsure of (flagged), which is what the chip is for.
  const folder = mkdtempSync(path.join(os.tmpdir(), 'dossier-flagged-'));
  cpSync(SAMPLE_FOLDER, folder, { recursive: true });
  writeFileSync(
    path.join(folder, 'zurich-note.txt'),
    Buffer.from(
      'Talks in Zürich resumed on Monday.\n\nThe café owner said négociations continue.\n',
      'latin1',
    ),
  );
  test.use({ folder });
  test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

  test('the "Flagged encoding" chip lists only documents whose encoding was a guess', async ({
    workbench: page,
    shot,
  }) => {
    await ready(page);
    const chip = page.getByRole('button', { name: 'Flagged encoding' });
    await chip.click();
    await expect(chip).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('status').filter({ hasText: /^1 of \d+ documents$/ })).toBeVisible();
    await expect(library(page).locator('.doc-title')).toHaveText(['Talks in Zürich resumed on Monday.']);
    await expect(library(page).getByLabel('encoding flagged')).toBeVisible();
    await shot(page, 'library-flagged-encoding');
    await chip.click();
    await expect(page.getByRole('status').filter({ hasText: /^\d+ documents$/ })).toBeVisible();
  });
});
