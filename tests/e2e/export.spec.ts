import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { highlightTexts, openByFilter, pane, ready, selectQuote } from './workbench-helpers';

const FIRST = 'Kyiv continues to reject any requirement to withdraw';
const SECOND = 'the original 24-point text has been cut to 19 points';

/** Highlights `quote` and links it to `issue` through the annotation editor. */
async function annotateWithIssue(page: Page, quote: string, issue: string, count: number): Promise<void> {
  await selectQuote(page, quote);
  const toolbar = page.getByRole('toolbar', { name: 'Selection tools' });
  await toolbar.getByRole('button', { name: 'Highlight yellow' }).click();
  await expect.poll(async () => (await highlightTexts(page)).length).toBe(count);
  const editor = page.getByRole('form', { name: 'Edit annotation' });
  await expect(editor).toBeVisible();
  await editor.getByLabel('Issue').fill(issue);
  await editor.getByLabel('Stance').selectOption('blocks');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('list', { name: 'Annotations in this document' })).toContainText(issue);
}

test('annotate, filter the export by an issue, download a Markdown brief with the citation', async ({
  workbench: page,
  shot,
}) => {
  const title = await openByFilter(page, 'Geneva talks end');
  await expect(pane(page, title).locator('.doc-text')).toContainText(FIRST);
  await annotateWithIssue(page, FIRST, 'Territory', 1);
  await annotateWithIssue(page, SECOND, 'Peace plan text', 2);

  await page.getByRole('tab', { name: 'Export' }).click();
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export annotated excerpts' });
  await expect(dialog).toBeVisible();
  const preview = dialog.getByLabel('Preview of the file');
  await expect(preview).toContainText(FIRST);
  await expect(preview).toContainText(SECOND);

  await dialog.getByLabel('Issue', { exact: true }).selectOption('Territory');
  await expect(dialog.getByRole('list', { name: 'Issue filter' })).toContainText('Territory');
  await expect(preview).not.toContainText(SECOND);
  await expect(preview).toContainText(FIRST);
  await expect(dialog.getByLabel('Format')).toHaveValue('md');
  await shot(page, 'export-dialog');

  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export 1 excerpt' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.md$/);
  const file = await readFile((await download.path()) as string, 'utf8');
  expect(file).toContain('## Territory');
  expect(file).toContain(`> ${FIRST}`);
  expect(file).not.toContain(SECOND);
  // Portable links (ADR 073): the folder's absolute path is nowhere in the brief.
  expect(file).not.toContain('open?folder=');
  // The footnote citation: outlet, title, date and its source, file, offsets, hash and a link back
  // carrying the quote (ADR 077).
  expect(file).toMatch(
    /\[\^1\]: .+, “Geneva talks end.+”, 2025-11-23.* \(date from \w+\)\. `northern-ledger-geneva-round\.txt, chars \d+–\d+, sha256 [0-9a-f]{12}`\. \[Open in Dossier\]\(<dossier:\/\/open\?v=2&project=[0-9a-f-]{36}&name=[^&]+&doc=northern-ledger-geneva-round\.txt&start=\d+&end=\d+&sha256=[0-9a-f]{16}&q=[A-Za-z0-9%._~-]+>\)/,
  );

  // The same dialog writes the other formats; a Word document arrives as a real .docx.
  await dialog.getByLabel('Format').selectOption('docx');
  await expect(dialog.getByText('the Word document’s content, as Markdown')).toBeVisible();
  const docxDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export 1 excerpt' }).click();
  const docx = await readFile((await (await docxDownload).path()) as string);
  expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
});

test('copy a citation of a selected passage', async ({ workbench: page, browserName }) => {
  test.skip(browserName !== 'chromium', 'clipboard permissions are granted in Chromium only');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openByFilter(page, 'Geneva talks end');
  await selectQuote(page, FIRST);
  const toolbar = page.getByRole('toolbar', { name: 'Selection tools' });
  await toolbar.getByRole('button', { name: 'Copy citation' }).click();
  await toolbar.getByRole('button', { name: 'Plain text' }).click();
  await expect(page.getByText('Citation copied as plain text.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(new RegExp(`^“${FIRST}” — .+northern-ledger-geneva-round\\.txt, chars \\d+–\\d+`));
});

test('the palette opens the export dialog, and an empty selection says so', async ({ workbench: page }) => {
  await ready(page);
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox', { name: 'Type a command' }).fill('Export…');
  await expect(palette.getByRole('option').first()).toContainText('Export…');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export annotated excerpts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Preview of the file')).toContainText(
    'No annotations match this selection.',
  );
  await expect(dialog.getByRole('button', { name: 'Export 0 excerpts' })).toBeEnabled();
});
