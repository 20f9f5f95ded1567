import { expect, test } from './fixtures';
import { ready } from './workbench-helpers';

test('Ctrl+K opens the command palette; typing filters; Enter runs', async ({ workbench: page, shot }) => {
  await ready(page);
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Command palette' });
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole('combobox', { name: 'Type a command' });
  await expect(input).toBeFocused();
  await expect(dialog.getByRole('option', { name: /Open folder…/ }).first()).toBeVisible();
  await input.fill('toggle split');
  await expect(dialog.getByRole('option').first()).toContainText('Toggle split view');
  await shot(page, 'palette');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Reader pane 2' })).toBeVisible();

  // The palette button opens it too, and Esc closes it.
  await page.getByRole('button', { name: 'Command palette' }).click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
