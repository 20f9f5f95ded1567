import { expect, test } from './fixtures';

test('accept a suggested issue, cite a passage for its status, and jump from the matrix to a quote', async ({
  workbench: page,
  shot,
}) => {
  await page.getByRole('tab', { name: 'Issues' }).click();
  const suggestions = page.getByRole('list', { name: 'Suggested issues' });
  await expect(suggestions.getByRole('listitem', { name: 'Suggestion: territory' })).toBeVisible();
  await shot(page, 'issues-suggestions');

  await page.getByRole('button', { name: 'Accept territory' }).click();
  const dialog = page.getByRole('dialog', { name: 'Unresolved issues' });
  const issuePage = dialog.getByRole('article', { name: 'Issue: Territory' });
  await expect(issuePage).toBeVisible();
  const evidence = issuePage.getByRole('region', { name: 'Evidence' }).getByRole('listitem');
  await expect(evidence.first()).toBeVisible();
  expect(await evidence.count()).toBeGreaterThan(3);
  await shot(page, 'issues-issue-page');

  const form = issuePage.getByRole('form', { name: 'Change status' });
  await form.getByLabel('New status').selectOption('contested');
  await form.getByLabel('Note').fill('Kyiv refuses to withdraw');
  await form.getByRole('button', { name: 'Record status change' }).click();
  await expect(issuePage.getByText('Contested', { exact: true }).first()).toBeVisible();
  const history = issuePage.getByRole('list', { name: 'Status history' });
  await expect(history.getByText('Kyiv refuses to withdraw')).toBeVisible();

  await dialog.getByRole('button', { name: 'Board' }).click();
  await expect(
    dialog.getByRole('region', { name: 'Contested' }).getByRole('button', { name: /Territory/ }),
  ).toBeVisible();
  await shot(page, 'issues-board');

  // Track two more questions so the timeline and the matrix compare issues.
  for (const topic of ['security guarantees', 'NATO membership']) {
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: `Accept ${topic}` }).click();
    await expect(dialog.getByRole('article', { name: new RegExp(`^Issue: ${topic}$`, 'i') })).toBeVisible();
  }

  await dialog.getByRole('button', { name: 'Timeline' }).click();
  await expect(dialog.getByRole('img', { name: 'Evidence timeline' })).toBeVisible();
  await shot(page, 'issues-timeline');

  await dialog.getByRole('button', { name: 'Actors × issues' }).click();
  const matrix = dialog.getByRole('grid', { name: 'Actor by issue matrix' });
  await expect(matrix).toBeVisible();
  const cell = matrix.getByRole('gridcell', { name: /on Territory: [1-9]/ }).first();
  const cellName = (await cell.getAttribute('aria-label')) ?? '';
  const actor = cellName.split(' on Territory')[0] ?? '';
  await cell.click();
  const quotes = dialog.getByRole('region', { name: `Quotes: ${actor}` });
  await expect(quotes).toBeVisible();
  await shot(page, 'issues-matrix');

  const quote = quotes.getByRole('button').first();
  const quoted = ((await quote.textContent()) ?? '').replace(/^“|”$/g, '').replace(/…$/, '').slice(0, 40);
  await quote.click();
  await expect(dialog).toBeHidden();
  await expect(
    page
      .getByRole('region', { name: /^Reader: / })
      .getByText(quoted, { exact: false })
      .first(),
  ).toBeVisible();
  await shot(page, 'issues-jump-to-quote');
});

test('edit a suggestion before accepting it, and a rejected suggestion stays rejected after reload', async ({
  workbench: page,
}) => {
  await page.getByRole('tab', { name: 'Issues' }).click();
  const suggestions = page.getByRole('list', { name: 'Suggested issues' });
  await expect(suggestions.getByRole('listitem', { name: 'Suggestion: sanctions' })).toBeVisible();

  await page.getByRole('button', { name: 'Reject sanctions' }).click();
  await expect(suggestions.getByRole('listitem', { name: 'Suggestion: sanctions' })).toBeHidden();

  await page.getByRole('button', { name: 'Edit security guarantees' }).click();
  await page.getByLabel('Title for security guarantees').fill('Guarantees for Ukraine');
  await page.getByRole('button', { name: 'Accept security guarantees' }).click();
  const dialog = page.getByRole('dialog', { name: 'Unresolved issues' });
  await expect(dialog.getByRole('article', { name: 'Issue: Guarantees for Ukraine' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.reload();
  await page.getByRole('tab', { name: 'Issues' }).click();
  await expect(
    page
      .getByRole('list', { name: 'Tracked issues' })
      .getByRole('button', { name: /Guarantees for Ukraine/ }),
  ).toBeVisible();
  await expect(suggestions.getByRole('listitem', { name: 'Suggestion: territory' })).toBeVisible();
  await expect(suggestions.getByRole('listitem', { name: 'Suggestion: sanctions' })).toBeHidden();
});

test('a suggestion lists its first passages; opening them loads the rest, and again after one is rejected', async ({
  workbench: page,
}) => {
  await page.getByRole('tab', { name: 'Issues' }).click();
  const card = page
    .getByRole('list', { name: 'Suggested issues' })
    .getByRole('listitem', { name: 'Suggestion: territory' });
  await expect(card).toBeVisible();
  const count = Number((await card.getByText(/^\d+ passages · /).textContent())?.match(/^\d+/)?.[0]);
  // More passages than the list carries per suggestion, so opening them must ask for the rest.
  expect(count).toBeGreaterThan(5);
  const rejectOne = card.getByRole('button', { name: 'Reject this passage' });
  await card.getByText('Passages', { exact: true }).click();
  await expect(rejectOne).toHaveCount(count);

  await rejectOne.first().click();
  await expect(card.getByText(`${count - 1} passages · `)).toBeVisible();
  await expect(rejectOne).toHaveCount(count - 1);
});
