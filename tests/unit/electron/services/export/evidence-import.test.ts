import { strFromU8, unzipSync } from 'fflate';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalClient } from '../../../../../electron/hosts/local/local-client';
import { copyFolder, tempDir } from '../../../../support/temp';
import { EXPORT_PROJECT, fixtureText } from '../../../../fixtures/export/excerpts';
import { xsdErrors } from './refi-qda-xsd';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

async function open(dir: string): Promise<LocalClient> {
  const data = await tempDir();
  cleanups.push(data.cleanup);
  const client = await LocalClient.create({
    dataDir: path.join(data.dir, 'data'),
    cacheDir: path.join(data.dir, 'cache'),
    version: '0.1.0',
  });
  await client.call('workspace.open', { path: dir });
  cleanups.push(async () => void (await client.request('search.query', { query: 'x', wait: true })));
  return client;
}

async function openCopy(edit?: (text: string) => string): Promise<LocalClient> {
  const copy = await copyFolder(EXPORT_PROJECT);
  cleanups.push(copy.cleanup);
  if (edit) await writeFile(path.join(copy.dir, 'talks-wire.txt'), edit(fixtureText('talks-wire.txt')));
  return open(copy.dir);
}

const FROZEN = 'the question of frozen assets was a sticking point';

/** An issue with one piece of evidence that is not an annotation, plus one annotation. */
async function seedEvidence(client: LocalClient) {
  const issue = await client.call('issues.create', { title: 'Frozen assets' });
  const start = fixtureText('talks-wire.txt').indexOf(FROZEN);
  await client.call('issues.link', {
    issueId: issue.id,
    docId: 'talks-wire.txt',
    start,
    end: start + FROZEN.length,
    stance: 'blocks',
    actor: 'European official',
  });
  const q = 'security guarantees remain unresolved';
  const s = fixtureText('talks-wire.txt').indexOf(q);
  await client.call('annotations.create', {
    docId: 'talks-wire.txt',
    start: s,
    end: s + q.length,
    tags: ['open question'],
  });
}

describe('issue evidence that is not an annotation (ADR 075)', () => {
  it('is exported in every format with its issue, stance and actor', async () => {
    const client = await openCopy();
    await seedEvidence(client);
    const md = await client.call('export.run', { format: 'md', groupBy: 'issue' });
    expect(md.count).toBe(2);
    expect(md.content).toContain('## Frozen assets');
    expect(md.content).toContain(`> ${FROZEN}`);
    expect(md.content).toContain('**Source:** issue evidence');
    expect(md.content).toContain('**Actor:** European official');
    expect(md.content).toContain('**Issue:** Frozen assets — blocks');

    const csv = await client.call('export.run', { format: 'csv' });
    const row = csv.content.split('\r\n').find((l) => l.includes('frozen assets'));
    expect(row).toMatch(/"Frozen assets","blocks"/);
    expect(row).toMatch(/"evidence","European official"$/);

    const html = await client.call('export.run', { format: 'html' });
    expect(html.content).toContain('<dt>Actor</dt><dd>European official</dd>');

    const jsonld = JSON.parse((await client.call('export.run', { format: 'jsonld' })).content) as {
      first: { items: Array<{ id: string; motivation: string; dossier: Record<string, unknown> }> };
    };
    const ev = jsonld.first.items.find((i) => i.dossier.kind === 'evidence');
    expect(ev).toMatchObject({ motivation: 'classifying', dossier: { actor: 'European official' } });
    expect(ev?.id).toMatch(/^urn:dossier:evidence:/);

    const docx = await client.call('export.run', { format: 'docx' });
    const xml = strFromU8(unzipSync(Buffer.from(docx.content, 'base64'))['word/document.xml'] as Uint8Array);
    expect(xml).toContain(FROZEN);
    expect(xml).toContain('European official');

    const qdpx = await client.call('export.run', { format: 'qdpx' });
    const qde = strFromU8(unzipSync(Buffer.from(qdpx.content, 'base64'))['project.qde'] as Uint8Array);
    expect(qde).toContain('Actor: European official');
    // A real export of the service, evidence included, is valid against the official REFI-QDA schema.
    expect(await xsdErrors(qde)).toEqual([]);
    expect(qde).toContain('name="Frozen assets"');
  });

  it('follows the filters: an issue filter keeps it, a tag filter drops it, the actor matches an entity filter', async () => {
    const client = await openCopy();
    await seedEvidence(client);
    const count = async (filter: Record<string, unknown>) =>
      (await client.call('export.preview', { format: 'md', filter })).count;
    expect(await count({ issues: ['frozen assets'] })).toBe(1);
    expect(await count({ tags: ['open question'] })).toBe(1);
    expect(await count({ entities: ['European official'] })).toBe(1);
    expect(await count({ stances: ['blocks'] })).toBe(1);
  });

  it('round-trips through JSON-LD as an annotation carrying the issue, stance and actor', async () => {
    const from = await openCopy();
    await seedEvidence(from);
    const jsonld = await from.call('export.run', { format: 'jsonld' });
    const to = await openCopy();
    const report = await to.call('export.import', {
      format: 'jsonld',
      encoding: 'utf8',
      content: jsonld.content,
    });
    expect(report.created).toBe(2);
    const made = (await to.call('annotations.list', {})).find((a) => a.quote.exact === FROZEN);
    expect(made).toMatchObject({
      issue: { title: 'Frozen assets', stance: 'blocks' },
      entity: { name: 'European official', type: 'other' },
    });
  });
});

describe('import re-anchoring (ADR 076)', () => {
  it('re-anchors edited passages from a .qdpx and reports what it could not place as orphaned', async () => {
    const from = await openCopy();
    await seedEvidence(from);
    const qdpx = await from.call('export.run', { format: 'qdpx' });
    const to = await openCopy((t) =>
      t
        .replace(
          'the question of frozen assets was a sticking point',
          'the question of frozen assets was the sticking point',
        )
        .replace('security guarantees remain unresolved', 'the text about that is gone'),
    );
    const report = await to.call('export.import', {
      format: 'qdpx',
      encoding: 'base64',
      content: qdpx.content,
    });
    expect(report.created).toBe(1);
    expect(report.reanchored).toHaveLength(1);
    expect(report.reanchored[0]).toMatchObject({
      quote: 'the question of frozen assets was the sticking point',
      was: FROZEN,
    });
    expect(report.orphaned).toHaveLength(1);
    expect(report.orphaned[0]?.reason).toMatch(/not in talks-wire\.txt/);
    // Orphans are also among the skipped items, so a reader of `skipped` alone misses nothing.
    expect(report.skipped.map((s) => s.item)).toContain(report.orphaned[0]?.item);
  });
});
