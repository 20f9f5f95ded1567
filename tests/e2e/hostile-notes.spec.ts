import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../support/temp';
import { expect, test } from './fixtures';

// Notes are Markdown typed (or pasted from hostile articles) by the analyst. A note full of payloads is
// written through the CLI into the served folder's sidecar before the page opens, then shown in the
// annotations panel (list preview and editor preview): no script runs, no dialog opens, no request leaves
// 127.0.0.1, no active element reaches the DOM, and clicking its links navigates nowhere.
test.use({ folder: path.join(REPO_ROOT, 'tests', 'fixtures', 'hostile') });

const REMOTE = 'http://203.0.113.9';
const NOTE = [
  '**bold stays** and _emphasis_',
  '<script>window.__pwned="script"</script>',
  '<img src=x onerror="window.__pwned=\'img\'">',
  `![remote pixel](${REMOTE}/pixel.png)`,
  "[js link](javascript:window.__pwned='link')",
  '[data link](data:text/html,<script>alert(1)</script>)',
  '<a href="javascript:alert(1)">raw js link</a>',
  '<iframe srcdoc="<script>parent.__pwned=\'srcdoc\'</script>"></iframe>',
  `<div style="background:url(${REMOTE}/bg.png)" onclick="alert(1)">raw html block</div>`,
  '<svg><script>alert(1)</script></svg><math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  `<object data="${REMOTE}/x.swf"></object><embed src="${REMOTE}/x.swf">`,
  '<form action="https://203.0.113.9/"><button>submit</button></form>',
].join('\n\n');

test('a note full of payloads renders inert in the annotations panel', async ({ page, served, shot }) => {
  execFileSync(
    process.execPath,
    [
      path.join(REPO_ROOT, 'bin', 'dossier.cjs'),
      'annotate',
      served.folder,
      'text-with-markup.txt',
      '--quote',
      'No agreement on territory yet.',
      '--note',
      NOTE,
      '--json',
    ],
    { env: { ...process.env, DOSSIER_DATA_DIR: served.dataDir }, stdio: 'pipe' },
  );

  const problems: string[] = [];
  const dialogs: string[] = [];
  const foreign: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!(url.protocol === 'data:' || (url.hostname === '127.0.0.1' && url.port === String(served.port))))
      foreign.push(r.url());
  });
  await page.goto(served.url);
  await expect(page.getByRole('list', { name: 'Documents' })).toBeVisible();
  await page.getByRole('button', { name: /Plain text that looks like markup/ }).click();

  const list = page.getByRole('list', { name: 'Annotations in this document' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.locator('strong')).toHaveText('bold stays');
  // Raw HTML is shown as text, so the analyst sees what was pasted.
  await expect(list).toContainText('raw html block');
  await shot(page, 'hostile-notes-list');

  // Open the annotation: the editor's preview renders the same note.
  await list.getByRole('listitem').first().getByRole('button').first().click();
  const preview = page.getByRole('form', { name: 'Edit annotation' }).getByLabel('Note preview');
  await expect(preview.locator('strong')).toHaveText('bold stays');
  await shot(page, 'hostile-notes-editor');

  const panel = page.locator('.note-preview, [aria-label="Note preview"]');
  expect(
    await panel
      .locator('script, iframe, img, svg, math, object, embed, form, style, [onerror], [onclick]')
      .count(),
  ).toBe(0);
  // No link keeps a javascript: or data: target; clicking them goes nowhere.
  const hrefs = await panel.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const h of hrefs) expect(h === null || /^(https?:|mailto:)/i.test(h)).toBe(true);
  for (const name of ['js link', 'data link', 'raw js link']) {
    const link = panel.getByText(name).first();
    if (await link.count()) await link.click();
  }

  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(foreign).toEqual([]);
  expect(problems).toEqual([]);
  expect(new URL(page.url()).origin).toBe(served.origin);
});
