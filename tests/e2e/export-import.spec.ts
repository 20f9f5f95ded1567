import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { toCanonicalText } from '../../shared/text/canonical';
import { test, expect } from './fixtures';
import { ready } from './workbench-helpers';

const FILE = 'northern-ledger-geneva-round.txt';
const REAL = 'Kyiv continues to reject any requirement to withdraw';
/** The same passage as it read when it was exported from another copy (one word since edited). */
const EXPORTED = 'Kyiv continued to reject any requirement to withdraw';

/** A W3C Web Annotation export with one edited passage and one passage that no longer exists. */
async function exportFile(): Promise<string> {
  const raw = await readFile(path.resolve(__dirname, '../../resources/sample-articles', FILE), 'utf8');
  const text = toCanonicalText(raw);
  const start = text.indexOf(REAL);
  expect(start).toBeGreaterThan(0);
  const item = (id: string, exact: string, prefix: string, suffix: string, s: number) => ({
    id,
    type: 'Annotation',
    body: [{ type: 'TextualBody', purpose: 'tagging', value: 'imported' }],
    target: {
      source: `dossier://open?v=2&name=sample-articles&doc=${FILE}`,
      selector: [
        { type: 'TextQuoteSelector', exact, prefix, suffix },
        { type: 'TextPositionSelector', start: s, end: s + exact.length },
      ],
    },
    dossier: { docId: FILE, path: FILE },
  });
  return JSON.stringify({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    first: {
      type: 'AnnotationPage',
      items: [
        item(
          'urn:dossier:annotation:edited',
          EXPORTED,
          text.slice(start - 32, start),
          text.slice(start + REAL.length, start + REAL.length + 32),
          start,
        ),
        item('urn:dossier:annotation:gone', 'a sentence that was never in this article at all', '', '', 10),
      ],
    },
  });
}

test('import re-anchors a passage edited since export and reports the one it cannot place', async ({
  workbench: page,
  shot,
}) => {
  await ready(page);
  await page.getByRole('tab', { name: 'Export' }).click();
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export annotated excerpts' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Annotations file to import').setInputFiles({
    name: 'brief.jsonld',
    mimeType: 'application/ld+json',
    buffer: Buffer.from(await exportFile()),
  });
  const report = dialog.getByRole('status').filter({ hasText: 'Imported' });
  await expect(report).toContainText('Imported 1 annotation.');
  const reanchored = report.getByRole('region', { name: 'Re-anchored' });
  await expect(reanchored).toContainText(`“${REAL}”`);
  await expect(reanchored).toContainText(`was “${EXPORTED}”`);
  await expect(report.getByRole('region', { name: 'Orphaned' })).toContainText('urn:dossier:annotation:gone');
  await report.scrollIntoViewIfNeeded();
  await shot(page, 'export-import-reanchored');
  // The re-anchored annotation is now in the export's preview, on the passage as it reads today.
  await expect(dialog.getByLabel('Preview of the file')).toContainText(REAL);
});
