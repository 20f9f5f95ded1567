import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openByFilter, selectQuote } from './workbench-helpers';

const STATUS_QUOTE = 'contains a placeholder for a separate document on security guarantees';
const EVIDENCE_QUOTE = 'Peace must be dignified';

const dialogOf = (page: Page) => page.getByRole('dialog', { name: 'Unresolved issues' });

/** Opens a tracked issue's page from the sidebar. */
async function openIssue(page: Page, title: string) {
  const dialog = dialogOf(page);
  if (await dialog.isVisible()) await dialog.getByRole('button', { name: 'Close' }).click();
  await page
    .getByRole('list', { name: 'Tracked issues' })
    .getByRole('button', { name: new RegExp(`^(↳ )?${title} `) })
    .click();
  const article = dialog.getByRole('article', { name: `Issue: ${title}` });
  await expect(article).toBeVisible();
  return article;
}

test('edit an issue and its place in the hierarchy; a loop is refused; the board nests sub-issues', async ({
  workbench: page,
  shot,
}) => {
  await page.getByRole('tab', { name: 'Issues' }).click();
  await page.getByRole('button', { name: 'Accept security guarantees' }).click();
  await expect(dialogOf(page).getByRole('article', { name: /^Issue: security guarantees$/i })).toBeVisible();
  await dialogOf(page).getByRole('button', { name: 'Close' }).click();
  await page.getByLabel('New issue title').fill('Security');
  await page.getByRole('button', { name: 'Add', exact: true }).click();

  let issue = await openIssue(page, 'Security guarantees');
  await issue.getByRole('button', { name: 'Edit issue' }).click();
  const editor = issue.getByRole('form', { name: 'Edit issue' });
  await editor.getByLabel('Title').fill('Guarantees for Ukraine');
  await editor
    .getByLabel('Description')
    .fill('Who would defend Ukraine if Russia attacked again after a deal.');
  await editor.getByRole('button', { name: 'Colour #2ca02c' }).click();
  await editor.getByLabel('Aliases and keywords').fill('security guarantees, Article 5-style protection');
  await editor.getByLabel('Parent issue').selectOption({ label: 'Security' });
  await editor.getByRole('button', { name: 'Save issue' }).click();

  issue = dialogOf(page).getByRole('article', { name: 'Issue: Guarantees for Ukraine' });
  await expect(issue.getByRole('navigation', { name: 'Parent issues' })).toContainText('Security');
  await expect(issue.getByText('Who would defend Ukraine')).toBeVisible();
  await expect(issue.getByLabel('Aliases and keywords')).toContainText('Article 5-style protection');
  await expect(issue.locator('.issue-head')).toHaveCSS('border-left-color', 'rgb(44, 160, 44)');
  await shot(page, 'issues-edit-saved');

  // Security cannot move under its own sub-issue.
  const security = await openIssue(page, 'Security');
  await expect(security.getByRole('region', { name: 'Sub-issues' })).toContainText('Guarantees for Ukraine');
  await security.getByRole('button', { name: 'Edit issue' }).click();
  const loop = security.getByRole('form', { name: 'Edit issue' });
  await loop
    .getByLabel('Parent issue')
    .selectOption({ label: '— Guarantees for Ukraine (a sub-issue of this one)' });
  await loop.getByRole('button', { name: 'Save issue' }).click();
  await expect(loop.getByRole('alert')).toContainText('one of its own sub-issues');
  await shot(page, 'issues-edit-loop-refused');
  await loop.getByRole('button', { name: 'Cancel' }).click();

  await dialogOf(page).getByRole('button', { name: 'Board' }).click();
  const open = dialogOf(page).getByRole('region', { name: 'Open' });
  await expect(open.getByRole('button', { name: /^Security$/ })).toBeVisible();
  await expect(
    open.getByRole('button', { name: 'Guarantees for Ukraine, sub-issue of Security' }),
  ).toBeVisible();
  await shot(page, 'issues-edit-board-hierarchy');
});

test('change stance and actor of evidence; actors group by entity; cite a reader selection; delete with undo', async ({
  workbench: page,
  shot,
}) => {
  await page.getByRole('tab', { name: 'Issues' }).click();
  await page.getByRole('button', { name: 'Accept security guarantees' }).click();
  await dialogOf(page).getByRole('button', { name: 'Close' }).click();

  // The selection tool: cite a passage as evidence with an actor …
  await page.getByRole('tab', { name: 'Library' }).click();
  await openByFilter(page, 'Geneva talks end');
  await selectQuote(page, EVIDENCE_QUOTE);
  const toolbar = page.getByRole('toolbar', { name: 'Selection tools' });
  await toolbar.getByRole('button', { name: 'Cite for issue' }).click();
  await expect(toolbar).toBeHidden();
  let cite = dialogOf(page).getByRole('form', { name: 'Cite for issue' });
  await expect(cite).toContainText(EVIDENCE_QUOTE);
  await cite.getByLabel('Issue').selectOption({ label: 'Security guarantees' });
  await cite.getByLabel('Stance').selectOption('blocks');
  await cite.getByLabel('Actor').fill('President Zelensky');
  await shot(page, 'issues-cite-selection-evidence');
  await cite.getByRole('button', { name: 'Cite as evidence' }).click();
  await expect(dialogOf(page).getByRole('article', { name: 'Issue: Security guarantees' })).toBeVisible();
  await dialogOf(page).getByRole('button', { name: 'Close' }).click();

  // … and another passage as the citation of a status change.
  await selectQuote(page, STATUS_QUOTE);
  await toolbar.getByRole('button', { name: 'Cite for issue' }).click();
  cite = dialogOf(page).getByRole('form', { name: 'Cite for issue' });
  await expect(cite).toContainText(STATUS_QUOTE);
  await cite.getByLabel('Issue').selectOption({ label: 'Security guarantees' });
  await cite.getByLabel('Cite as').selectOption('status');
  await cite.getByLabel('New status').selectOption('progress');
  await cite.getByLabel('Status note').fill('Placeholder for a guarantees document');
  await shot(page, 'issues-cite-selection-status');
  await cite.getByRole('button', { name: 'Record status change' }).click();
  const issue = dialogOf(page).getByRole('article', { name: 'Issue: Security guarantees' });
  await expect(issue).toBeVisible();
  await expect(issue.locator('.status-chip')).toHaveText('In progress');
  const history = issue.getByRole('list', { name: 'Status history' });
  await expect(history).toContainText('Placeholder for a guarantees document');
  await expect(history).toContainText('placeholder for a separate document');
  const evidence = issue.getByRole('region', { name: 'Evidence' }).getByRole('listitem');
  const cited = evidence.filter({ hasText: EVIDENCE_QUOTE });
  await expect(cited).toContainText('blocks');
  await expect(cited).toContainText('President Zelensky');

  // The evidence editor: a second passage gets another spelling of the same person.
  const other = evidence.filter({ hasNotText: EVIDENCE_QUOTE }).first();
  const otherQuote = ((await other.locator('.quote-link').textContent()) ?? '').slice(1, 30);
  await other.getByRole('button', { name: /^Edit evidence/ }).click();
  const editor = other.getByRole('form', { name: 'Edit evidence' });
  await editor.getByLabel('Stance').selectOption('progress');
  await editor.getByLabel('Actor as written').fill('Zelenskyy');
  await expect(editor.getByLabel('Actor entity')).toContainText(/From the name: .*Zelensk/);
  await shot(page, 'issues-evidence-editor');
  await editor.getByRole('button', { name: 'Save evidence' }).click();
  const edited = evidence.filter({ hasText: otherQuote });
  await expect(edited.locator('.stance')).toHaveText('progress');
  await expect(edited).toContainText('Zelenskyy');

  // The matrix: both spellings are one row (the entity), with two quotes on the issue.
  await dialogOf(page).getByRole('button', { name: 'Actors × issues' }).click();
  const matrix = dialogOf(page).getByRole('grid', { name: 'Actor by issue matrix' });
  // "President Zelensky", "Zelenskyy" and the detector's "Zelenskiy" are one row: the entity.
  const zelensky = matrix.getByRole('gridcell', { name: /Zelensk\w* on Security guarantees/ });
  await expect(zelensky).toHaveCount(1);
  await expect(zelensky).toHaveAttribute('aria-label', /: ([2-9]|\d\d) quotes$/);
  await zelensky.click();
  await expect(dialogOf(page).getByRole('region', { name: /^Quotes: .*Zelensk/ })).toContainText('Zelenskyy');
  await shot(page, 'issues-matrix-by-entity');

  // Remove one evidence link (asked once more).
  await dialogOf(page).getByRole('button', { name: 'Close' }).click();
  await page.getByRole('tab', { name: 'Issues' }).click();
  const page2 = await openIssue(page, 'Security guarantees');
  const rows = page2.getByRole('region', { name: 'Evidence' }).getByRole('listitem');
  const before = await rows.count();
  await rows
    .filter({ hasText: EVIDENCE_QUOTE })
    .getByRole('button', { name: /^Edit evidence/ })
    .click();
  await page2.getByRole('button', { name: 'Remove from issue…' }).click();
  await expect(page2.getByRole('alert')).toContainText('stops being evidence');
  await page2.getByRole('button', { name: 'Remove passage' }).click();
  await expect(rows).toHaveCount(before - 1);

  // Delete the issue: the confirmation says what is lost; undo brings it back.
  await page2.getByRole('button', { name: 'Delete issue…' }).click();
  const confirm = page2.getByRole('alertdialog', { name: 'Delete “Security guarantees”?' });
  await expect(confirm).toContainText(`${before - 1} linked passages are removed from it`);
  await expect(confirm).toContainText('status history is deleted');
  await expect(confirm).toContainText('go back to the suggestions');
  await shot(page, 'issues-delete-confirm');
  await confirm.getByRole('button', { name: 'Delete issue' }).click();
  const banner = dialogOf(page).getByRole('status').filter({ hasText: 'Deleted “Security guarantees”' });
  await expect(banner).toBeVisible();
  await expect(page.getByRole('list', { name: 'Tracked issues' })).not.toContainText('Security guarantees');
  await shot(page, 'issues-deleted-undo-banner');
  await banner.getByRole('button', { name: 'Undo delete' }).click();
  const restored = dialogOf(page).getByRole('article', { name: 'Issue: Security guarantees' });
  await expect(restored).toBeVisible();
  await expect(restored.getByRole('region', { name: 'Evidence' }).getByRole('listitem')).toHaveCount(
    before - 1,
  );
  await expect(restored.getByRole('list', { name: 'Status history' })).toContainText(
    'Placeholder for a guarantees document',
  );
});

test('a status change cites any annotation; an actor can be kept as a name only', async ({
  workbench: page,
  shot,
}) => {
  const quote = 'the questions most likely to decide whether Russia signs up';
  await openByFilter(page, 'Geneva talks end');
  await selectQuote(page, quote);
  const toolbar = page.getByRole('toolbar', { name: 'Selection tools' });
  await toolbar.getByRole('button', { name: 'Highlight green' }).click();
  await expect(page.locator('.pane.active mark.mark-annotation')).toHaveCount(1);

  await page.getByRole('tab', { name: 'Issues' }).click();
  await page.getByLabel('New issue title').fill('Russia signs up');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  const issue = await openIssue(page, 'Russia signs up');
  const form = issue.getByRole('form', { name: 'Change status' });
  const cited = form.getByLabel('Cited passage');
  const option = cited.locator('option', { hasText: 'decide whether Russia' });
  await expect(option).toHaveCount(1);
  await cited.selectOption((await option.getAttribute('value')) ?? '');
  await form.getByLabel('New status').selectOption('contested');
  await form.getByLabel('Note').fill('Cited from a highlight');
  await form.getByRole('button', { name: 'Record status change' }).click();
  const history = issue.getByRole('list', { name: 'Status history' });
  await expect(history).toContainText('Cited from a highlight');
  await expect(history).toContainText('decide whether Russia');
  await shot(page, 'issues-status-cites-annotation');

  // Link a passage with an actor that resolves to an entity, then keep the actor as a name only.
  await dialogOf(page).getByRole('button', { name: 'Close' }).click();
  await page.getByRole('tab', { name: 'Library' }).click();
  await selectQuote(page, EVIDENCE_QUOTE);
  await toolbar.getByRole('button', { name: 'Cite for issue' }).click();
  const cite = dialogOf(page).getByRole('form', { name: 'Cite for issue' });
  await cite.getByLabel('Issue').selectOption({ label: 'Russia signs up' });
  await cite.getByLabel('Actor').fill('President Zelensky');
  await cite.getByRole('button', { name: 'Cite as evidence' }).click();
  const row = dialogOf(page)
    .getByRole('article', { name: 'Issue: Russia signs up' })
    .getByRole('region', { name: 'Evidence' })
    .getByRole('listitem')
    .filter({ hasText: EVIDENCE_QUOTE });
  await expect(row.locator('.entity-note')).toContainText('Zelensk');
  await row.getByRole('button', { name: /^Edit evidence/ }).click();
  await row.getByLabel('Actor entity').selectOption({ label: 'No entity: keep the name only' });
  await row.getByRole('button', { name: 'Save evidence' }).click();
  await expect(row).toContainText('President Zelensky');
  await expect(row.locator('.entity-note')).toHaveCount(0);
});
