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

/**
 * Selects the first occurrence of `quote` in the active reader pane (across runs) like a mouse drag.
 * An analyst selects text they can see, so the passage is first scrolled into view and the reader
 * given two frames to render what scrolled in; then the selection is made on the nodes now shown.
 */
export async function selectQuote(page: Page, quote: string): Promise<void> {
  for (const step of ['scroll', 'select'] as const) {
    const ok = await page.evaluate(
      ([q, what]) => {
        const root = document.querySelector('.pane.active .doc-text');
        if (!root) return false;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        const nodes: Text[] = [];
        let full = '';
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          nodes.push(n as Text);
          full += n.nodeValue ?? '';
        }
        const at = full.indexOf(q);
        if (at < 0) return false;
        const locate = (offset: number, end: boolean): [Text, number] => {
          let seen = 0;
          for (const n of nodes) {
            const len = n.nodeValue?.length ?? 0;
            if (offset < seen + len || (end && offset === seen + len)) return [n, offset - seen];
            seen += len;
          }
          const last = nodes[nodes.length - 1] as Text;
          return [last, last.nodeValue?.length ?? 0];
        };
        const range = document.createRange();
        range.setStart(...locate(at, false));
        range.setEnd(...locate(at + q.length, true));
        if (what === 'scroll') {
          range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
          return new Promise<boolean>((done) =>
            requestAnimationFrame(() => requestAnimationFrame(() => done(true))),
          );
        }
        const sel = document.getSelection();
        sel?.removeAllRanges();
        sel?.addRange(range);
        return true;
      },
      [quote, step] as const,
    );
    expect(ok, `"${quote}" is in the reader`).toBe(true);
  }
}

/** Each annotation in the active pane with its text: one highlight may be drawn in several pieces where
 * other marks (an entity underline, a search hit) cross it, so pieces are joined by annotation id. */
export const highlightTexts = (page: Page) =>
  page.locator('.pane.active').evaluate((pane) => {
    const byRef = new Map<string, string>();
    for (const m of pane.querySelectorAll<HTMLElement>('mark.mark-annotation[data-ref]')) {
      const ref = m.dataset.ref ?? '';
      byRef.set(ref, (byRef.get(ref) ?? '') + (m.textContent ?? ''));
    }
    return [...byRef.values()];
  });
