import { expect, test } from './fixtures';
import { openByFilter, pane } from './workbench-helpers';

test('open an entity page from a reader underline, accept a merge, see the network and the Entities tab', async ({
  workbench: page,
  shot,
}) => {
  const title = await openByFilter(page, '24-point framework');
  const reader = pane(page, title);
  // Underlines arrive once recognition has run (in the service's worker).
  const underline = reader.locator('mark.mark-entity[title="person: Volodymyr Zelenskiy"]').first();
  await expect(underline).toBeVisible({ timeout: 60_000 });
  await shot(page, 'entities-reader-underlines');
  await underline.click();

  const dialog = page.getByRole('dialog', { name: 'Volodymyr Zelenskiy' });
  const entityPage = dialog.getByRole('article', { name: 'Entity: Volodymyr Zelenskiy' });
  await expect(entityPage).toBeVisible();
  await expect(
    entityPage.getByRole('region', { name: 'Mentions in context' }).getByRole('listitem').first(),
  ).toBeVisible();
  await shot(page, 'entities-page');

  const suggestions = entityPage.getByRole('region', { name: 'Merge suggestions' });
  await suggestions
    .getByRole('button', { name: 'Accept: merge Volodymyr Zelenskiy into Volodymyr Zelensky' })
    .click();
  const merged = page
    .getByRole('dialog', { name: 'Volodymyr Zelensky' })
    .getByRole('article', { name: 'Entity: Volodymyr Zelensky' });
  await expect(merged).toBeVisible();
  const aliases = merged.getByRole('region', { name: 'Aliases' });
  await expect(aliases.getByRole('cell', { name: 'Zelenskiy', exact: true })).toBeVisible();
  await expect(aliases.getByRole('cell', { name: 'Zelensky', exact: true })).toBeVisible();
  // The second spelling too, from the merged page's remaining suggestion.
  await merged
    .getByRole('region', { name: 'Merge suggestions' })
    .getByRole('button', { name: 'Accept: merge Volodymyr Zelenskyy into Volodymyr Zelensky' })
    .click();
  await expect(aliases.getByRole('cell', { name: 'Zelenskyy', exact: true })).toBeVisible();
  await shot(page, 'entities-page-merged');

  await page
    .getByRole('dialog', { name: 'Volodymyr Zelensky' })
    .getByRole('button', { name: 'Network' })
    .click();
  const network = page.getByRole('img', { name: /^Co-occurrence network of \d+ entities$/ });
  await expect(network).toBeVisible();
  await expect(network.getByRole('button', { name: /^Volodymyr Zelensky, Person/ })).toBeVisible();
  await shot(page, 'entities-network');
  await page.keyboard.press('Escape');
  await expect(network).toBeHidden();

  // The underline in the reader now names the merged entity.
  await expect(reader.locator('mark.mark-entity[title="person: Volodymyr Zelensky"]').first()).toBeVisible();

  await page.getByRole('tab', { name: 'Entities' }).click();
  const list = page.getByRole('list', { name: 'Entities' });
  await expect(list.getByRole('button', { name: /Volodymyr Zelensky/ }).first()).toBeVisible();
  await page
    .getByRole('group', { name: 'Entity type' })
    .getByRole('button', { name: /^Place/ })
    .click();
  await expect(list.getByRole('button', { name: /Kyiv/ }).first()).toBeVisible();
  await expect(page.getByRole('list', { name: 'Suggested merges' })).toBeVisible();
  await shot(page, 'entities-panel');

  // entity:"…" search expands to every alias of the merged entity and marks which one matched.
  await page.getByRole('tab', { name: 'Search' }).click();
  const box = page.getByRole('searchbox', { name: 'Search the corpus' });
  await box.fill('entity:"Zelenskyy"');
  await box.press('Enter');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('button').first()).toBeVisible();
  await expect(results).toContainText(/as [^·]*Zelenskiy/);
  await expect(results).toContainText(/as [^·]*Zelensky\b/);
  await expect(results).toContainText(/as [^·]*Zelenskyy/);
  await shot(page, 'entities-search');
});
