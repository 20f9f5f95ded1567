import { test, expect } from './fixtures';
import { highlightTexts } from './workbench-helpers';

const PHRASE = '"prisoner exchange"';
const OTHER = 'ceasefire';

test('saves a search, re-runs it after a reload, walks history, and tags every hit', async ({
  workbench: page,
  shot,
}) => {
  await page.getByRole('tab', { name: 'Search' }).click();
  const box = page.getByRole('searchbox', { name: 'Search the corpus' });
  const status = page.getByRole('status', { name: 'Search summary' });

  // Two queries run with Enter go into this folder's history.
  await box.fill(OTHER);
  await box.press('Enter');
  await expect(status).toContainText('document');
  await box.fill(PHRASE);
  await box.press('Enter');
  await expect(page.getByLabel('How the query was read')).toContainText('prisoner exchange');

  // Save it by name (a dialog: Electron has no window.prompt).
  await page.getByRole('button', { name: 'Save search…' }).click();
  const save = page.getByRole('dialog', { name: 'Save search' });
  await save.getByRole('textbox', { name: 'Saved search name' }).fill('Prisoners');
  await save.getByRole('button', { name: 'Save' }).click();
  await expect(save).toBeHidden();

  // After a reload the saved search and the history are still there (sidecar and app data).
  await page.reload();
  await expect(page.getByRole('list', { name: 'Documents' })).toBeVisible();
  await page.getByRole('tab', { name: 'Search' }).click();
  const saved = page.getByRole('region', { name: 'Saved searches' });
  const recent = page.getByRole('region', { name: 'Recent searches' });
  await expect(saved.getByRole('button', { name: 'Run saved search Prisoners' })).toBeVisible();
  await expect(recent.getByRole('button', { name: PHRASE, exact: true })).toBeVisible();
  await expect(recent.getByRole('button', { name: OTHER, exact: true })).toBeVisible();
  await shot(page, 'search-saved-and-recent');

  // ↑ brings back the newest query, ↑ again the one before, ↓ returns to what was typed.
  await box.focus();
  await box.press('ArrowUp');
  await expect(box).toHaveValue(PHRASE);
  await box.press('ArrowUp');
  await expect(box).toHaveValue(OTHER);
  await box.press('ArrowDown');
  await box.press('ArrowDown');
  await expect(box).toHaveValue('');

  // Rename, then re-run it from the list.
  await saved.getByRole('button', { name: 'Rename saved search Prisoners' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename “Prisoners”' });
  await rename.getByRole('textbox', { name: 'Saved search name' }).fill('Prisoner swaps');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await saved.getByRole('button', { name: 'Run saved search Prisoner swaps' }).click();
  await expect(box).toHaveValue(PHRASE);
  await expect(status).toContainText('document');
  const total = Number((await status.textContent())?.match(/([\d,]+) document/)?.[1]?.replace(/,/g, ''));
  expect(total).toBeGreaterThan(1);

  // Select every hit and tag every hit passage, after a confirmation that states the count.
  await page.getByRole('checkbox', { name: `Select all ${total} hits` }).check();
  const actions = page.getByRole('toolbar', { name: 'Act on checked hits' });
  await expect(actions).toContainText(`${total} documents checked`);
  await actions.getByRole('button', { name: 'Tag hits…' }).click();
  const tagDialog = page.getByRole('dialog', { name: 'Tag the checked hits' });
  await expect(tagDialog.getByRole('status')).toContainText(`in ${total} documents`);
  const passages = Number(
    (await tagDialog.getByRole('status').textContent())?.match(/([\d,]+) passage/)?.[1]?.replace(/,/g, ''),
  );
  expect(passages).toBeGreaterThanOrEqual(total);
  await tagDialog.getByRole('combobox', { name: 'Tag for every hit' }).fill('prisoners');
  await shot(page, 'search-tag-hits-confirm');
  await tagDialog.getByRole('button', { name: `Tag ${passages} passages` }).click();
  await expect(tagDialog).toBeHidden();
  await expect(page.getByText(`Tagged ${passages} passages`)).toBeVisible();

  // The reader shows the new highlights on the hit passages.
  const first = page.getByRole('list', { name: 'Search results' }).getByRole('button').first();
  const title = (await first.locator('.search-hit-title').textContent())?.trim() ?? '';
  await first.click();
  const reader = page.getByRole('region', { name: `Reader: ${title}` });
  await expect(reader.locator('mark.mark-annotation').first()).toBeVisible();
  const texts = await highlightTexts(page);
  expect(texts.length).toBeGreaterThan(0);
  // Phrases match stemmed words too ("prisoner exchanges").
  for (const t of texts) expect(t.toLowerCase()).toMatch(/^prisoner exchange/);
  await shot(page, 'search-tagged-hits-in-reader');

  // Export opens pre-filtered to this query.
  await page.getByRole('tab', { name: 'Search' }).click();
  await page.getByRole('checkbox', { name: `Select all ${total} hits` }).check();
  await actions.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('searchbox', { name: 'Search query' })).toHaveValue(PHRASE);
  // The preview holds the passages just tagged on these hits.
  await expect(page.getByLabel('Preview of the file')).toContainText(/prisoner exchange/i);
  await shot(page, 'search-export-hits');
});

test('clears history one query at a time or all at once', async ({ workbench: page }) => {
  await page.getByRole('tab', { name: 'Search' }).click();
  const box = page.getByRole('searchbox', { name: 'Search the corpus' });
  for (const q of ['geneva', 'kremlin']) {
    await box.fill(q);
    await box.press('Enter');
    await expect(page.getByLabel('How the query was read')).toContainText(q);
  }
  await box.fill('');
  const recent = page.getByRole('region', { name: 'Recent searches' });
  await recent.getByRole('button', { name: 'Forget recent search geneva' }).click();
  await expect(recent.getByRole('button', { name: 'geneva', exact: true })).toBeHidden();
  await expect(recent.getByRole('button', { name: 'kremlin', exact: true })).toBeVisible();
  await recent.getByRole('button', { name: 'Clear history' }).click();
  await expect(recent).toBeHidden();
});

test('re-runs a saved search from the command palette, and checks a subset of hits', async ({
  workbench: page,
  shot,
}) => {
  await page.getByRole('tab', { name: 'Search' }).click();
  const box = page.getByRole('searchbox', { name: 'Search the corpus' });
  await box.fill(PHRASE);
  await box.press('Enter');
  await page.getByRole('button', { name: 'Save search…' }).click();
  const save = page.getByRole('dialog', { name: 'Save search' });
  await save.getByRole('textbox', { name: 'Saved search name' }).fill('Swaps');
  await save.getByRole('button', { name: 'Save' }).click();
  await expect(save).toBeHidden();
  await box.fill('');
  await page.getByRole('tab', { name: 'Library' }).click();

  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox', { name: 'Type a command' }).fill('run saved search swaps');
  await expect(palette.getByRole('option').first()).toContainText('Run saved search “Swaps”');
  await page.keyboard.press('Enter');
  await expect(box).toBeVisible();
  await expect(box).toHaveValue(PHRASE);

  // Two checked results: the tag confirmation counts only their passages. (Wait for the complete
  // answer first: while shards are still building the ranking, and so the row order, can change.)
  await expect(page.getByRole('status', { name: 'Search summary' })).not.toContainText('partial');
  const results = page.getByRole('list', { name: 'Search results' });
  const titles = await results.locator('.search-hit-title').allTextContents();
  expect(titles.length).toBeGreaterThan(2);
  // By name, not position: rows are ranked, and equal scores may settle in another order.
  for (const t of titles.slice(0, 2)) await results.getByRole('checkbox', { name: `Check ${t}` }).check();
  const actions = page.getByRole('toolbar', { name: 'Act on checked hits' });
  await expect(actions).toContainText('2 documents checked');
  // A filtered list of just the checked documents, and back.
  await actions.getByRole('button', { name: 'Only checked' }).click();
  await expect(results.getByRole('listitem')).toHaveCount(2);
  await shot(page, 'search-only-checked');
  await actions.getByRole('button', { name: 'Only checked' }).click();
  // (The list is virtualised: how many rows exist depends on the panel's height, but more than two.)
  await expect(results.getByRole('listitem').nth(2)).toBeVisible();
  await actions.getByRole('button', { name: 'Tag hits…' }).click();
  const tagDialog = page.getByRole('dialog', { name: 'Tag the checked hits' });
  await expect(tagDialog.getByRole('status')).toContainText('in 2 documents');
  await tagDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(tagDialog).toBeHidden();

  // Open puts the checked documents side by side.
  await actions.getByRole('button', { name: 'Open' }).click();
  for (const t of titles.slice(0, 2))
    await expect(page.getByRole('region', { name: `Reader: ${t}` })).toBeVisible();
});
