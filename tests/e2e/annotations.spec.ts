import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { highlightTexts, openByFilter, pane, selectQuote } from './workbench-helpers';

const FILE = 'northern-ledger-geneva-round.txt';
const QUOTE = 'the questions most likely to decide whether Russia signs up';

const highlights = (page: Page) => page.locator('.pane.active mark.mark-annotation');

test('highlight, note, tag, undo, redo, reload; the highlight follows an edit; a deleted passage is an orphan', async ({
  workbench: page,
  served,
  shot,
}) => {
  const title = await openByFilter(page, 'Geneva talks end');
  const reader = pane(page, title);
  await expect(reader.locator('.doc-text')).toContainText(QUOTE);

  // Select → toolbar → highlight in green.
  await selectQuote(page, QUOTE);
  const toolbar = page.getByRole('toolbar', { name: 'Selection tools' });
  await expect(toolbar).toBeVisible();
  await toolbar.getByRole('button', { name: 'Highlight green' }).click();
  await expect(highlights(page)).toHaveCount(1);
  await expect(highlights(page).first()).toHaveClass(/annotation-green/);
  await expect(highlights(page).first()).toContainText('decide whether Russia');

  // The right panel lists it; open it and add a note and tags.
  const section = page.getByRole('list', { name: 'Annotations in this document' });
  await expect(section.getByRole('listitem')).toHaveCount(1);
  const editor = page.getByRole('form', { name: 'Edit annotation' });
  await expect(editor).toBeVisible();
  await editor.getByLabel('Note (Markdown)').fill('Left for **presidents** <img src=x onerror=alert(1)>');
  await editor.getByLabel('Tags').fill('territory, open-question');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByText('#territory')).toBeVisible();
  // The note is rendered as Markdown and sanitised (no <img>, no handler).
  await expect(editor.getByLabel('Note preview').locator('strong')).toHaveText('presidents');
  await expect(editor.getByLabel('Note preview').locator('img')).toHaveCount(0);
  await shot(page, 'annotations-note');

  // Undo the re-tag (keyboard, focus outside any field), then redo it.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(section.getByText('#territory')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(section.getByText('#territory')).toBeVisible();

  // Quit right after an edit: type a note change and reload at once, without pressing Save.
  await editor.getByLabel('Note (Markdown)').fill('Left for **presidents** to settle');
  await page.reload();
  await openByFilter(page, 'Geneva talks end');
  await expect(page.getByRole('list', { name: 'Annotations in this document' })).toContainText(
    'Left for presidents to settle',
  );

  // Reload the page: everything is still there (saved in the sidecar before the call returned).
  await page.reload();
  await openByFilter(page, 'Geneva talks end');
  await expect(highlights(page)).toHaveCount(1);
  await expect(
    page.getByRole('list', { name: 'Annotations in this document' }).getByText('#territory'),
  ).toBeVisible();
  const sidecar = JSON.parse(
    await readFile(path.join(served.folder, '.dossier', 'annotations.json'), 'utf8'),
  ) as {
    records: { value: { note: string; tags: string[] } }[];
  };
  expect(sidecar.records[0]?.value.tags).toEqual(['territory', 'open-question']);

  // Edit the file on disk: text inserted above the passage. Re-open; the highlight follows its text.
  const file = path.join(served.folder, FILE);
  const original = await readFile(file, 'utf8');
  const edited = original.replace(
    'Ukrainian and American negotiators emerged',
    'EDITOR’S NOTE: this article was updated on Monday.\n\nUkrainian and American negotiators emerged',
  );
  await writeFile(file, edited);
  // The folder watcher re-parses the file and the services re-anchor; the reader follows the events.
  await expect(page.getByRole('list', { name: 'Annotations in this document' })).toContainText('moved');
  // The reader keeps the text it loaded until the document is opened again.
  await openByFilter(page, 'Geneva talks end');
  await expect(reader.locator('.doc-text')).toContainText('EDITOR’S NOTE');
  await expect.poll(() => highlightTexts(page)).toHaveLength(1);
  expect((await highlightTexts(page))[0]).toContain('decide whether Russia signs up');

  // Delete the passage: the annotation goes to the orphans queue with its old quote and context.
  await writeFile(file, edited.replace(/ — but officials on both sides[^.]*\./, '.'));
  await expect(page.getByRole('list', { name: 'Annotations in this document' })).toContainText('orphan');
  await expect(highlights(page)).toHaveCount(0);
  await page.getByRole('tab', { name: 'Annotations' }).click();
  const queue = page.getByRole('list', { name: 'Orphans' });
  await expect(queue).toContainText(QUOTE);
  await expect(queue.getByRole('button', { name: 'Keep detached' })).toBeVisible();
  await shot(page, 'annotations-orphans');
});

test('a tag bound to a key highlights the selection in its colour; overlapping highlights both show', async ({
  workbench: page,
  shot,
}) => {
  await openByFilter(page, 'Geneva talks end');
  await page.getByRole('tab', { name: 'Annotations' }).click();
  await page.getByText(/Tag keys/).click();
  const bindForm = page.getByRole('form', { name: 'Bind a tag' });
  await bindForm.getByLabel('Tag to bind').fill('evidence');
  await bindForm.getByLabel('Key').selectOption('1');
  await bindForm.getByLabel('Tag colour').selectOption('blue');
  await bindForm.getByRole('button', { name: 'Bind' }).click();
  await expect(page.getByRole('list', { name: 'Bound tags' })).toContainText('#evidence');

  await selectQuote(page, 'more than ten hours of talks in Geneva');
  await expect(page.getByRole('toolbar', { name: 'Selection tools' })).toBeVisible();
  await page.keyboard.press('1');
  await expect.poll(() => highlightTexts(page)).toEqual(['more than ten hours of talks in Geneva']);
  await expect(highlights(page).first()).toHaveClass(/annotation-blue/);
  const section = page.getByRole('list', { name: 'Annotations in this document' });
  await expect(section).toContainText('#evidence');

  // A second highlight overlapping the first: both are drawn (nested marks) and both are listed.
  await selectQuote(page, 'talks in Geneva on Sunday');
  await expect(page.getByRole('toolbar', { name: 'Selection tools' })).toBeVisible();
  await shot(page, 'annotations-toolbar');
  await page
    .getByRole('toolbar', { name: 'Selection tools' })
    .getByRole('button', { name: 'Highlight pink' })
    .click();
  await expect(section.getByRole('listitem')).toHaveCount(2);
  // Pink drawn inside blue where they overlap (in pieces where an entity underline crosses them).
  const nested = await page
    .locator('.pane.active')
    .evaluate((pane) =>
      [...pane.querySelectorAll('mark.annotation-blue mark.annotation-pink')]
        .map((m) => m.textContent)
        .join(''),
    );
  expect(nested).toContain('talks in Geneva');
});

test('a selection survives marks arriving from another window while it is held', async ({
  workbench: page,
  served,
}) => {
  await openByFilter(page, 'Geneva talks end');
  await selectQuote(page, QUOTE);
  const toolbar = page.getByRole('toolbar', { name: 'Selection tools' });
  await expect(toolbar).toBeVisible();

  // A second window on the same folder highlights another passage of the same story.
  const other = await page.context().newPage();
  await other.goto(served.url);
  await openByFilter(other, 'Geneva talks end');
  await selectQuote(other, 'Peace must be dignified');
  await other
    .getByRole('toolbar', { name: 'Selection tools' })
    .getByRole('button', { name: 'Highlight pink' })
    .click();
  await expect(other.locator('.pane.active mark.mark-annotation')).toHaveCount(1);
  await other.close();

  // The first window redraws its text with the new mark; the analyst's selection and toolbar remain.
  await expect.poll(() => highlightTexts(page)).toEqual(['Peace must be dignified']);
  await expect(toolbar).toBeVisible();
  expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(QUOTE);
  await toolbar.getByRole('button', { name: 'Highlight green' }).click();
  await expect
    .poll(async () => (await highlightTexts(page)).sort())
    .toEqual(['Peace must be dignified', QUOTE].sort());
});
