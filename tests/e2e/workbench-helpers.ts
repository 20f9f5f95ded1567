import { expect, type Locator, type Page } from '@playwright/test';

/** The library list (virtualised: only rows near the viewport exist). */
export const library = (page: Page): Locator => page.getByRole('list', { name: 'Documents' });

/** Waits until the workbench says the library has loaded (the named readiness state). */
export async function ready(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-dossier-ready', 'true');
}

/** Narrows the library to rows whose title/outlet/path contains `text` and opens the first. */
export async function openByFilter(page: Page, text: string): Promise<string> {
  await page.getByRole('searchbox', { name: 'Filter documents' }).fill(text);
  const row = library(page).getByRole('button').first();
  await expect(row).toBeVisible();
  const title = ((await row.locator('.doc-title').textContent()) ?? '').trim();
  await row.click();
  await expect(page.getByRole('region', { name: `Reader: ${title}` })).toBeVisible();
  return title;
}

/** The reader pane region showing the document titled `title`. */
export const pane = (page: Page, title: string): Locator =>
  page.getByRole('region', { name: `Reader: ${title}` });
