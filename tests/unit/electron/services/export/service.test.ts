import { strFromU8, unzipSync } from 'fflate';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalClient } from '../../../../../electron/hosts/local/local-client';
import { copyFolder, tempDir } from '../../../../support/temp';
import { EXPORT_PROJECT, fixtureText } from '../../../../fixtures/export/excerpts';
import { checkQdpx } from './refi-qda-checker';
import { qdeOf, xsdErrors } from './refi-qda-xsd';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

/** A client with a fresh copy of the fixture project open. */
async function openCopy(): Promise<{ client: LocalClient; dir: string }> {
  const copy = await copyFolder(EXPORT_PROJECT);
  const data = await tempDir();
  cleanups.push(copy.cleanup, data.cleanup);
  const client = await LocalClient.create({
    dataDir: path.join(data.dir, 'data'),
    cacheDir: path.join(data.dir, 'cache'),
    version: '0.1.0',
  });
  await client.call('workspace.open', { path: copy.dir });
  // The search index builds in the background into the cache dir: let it finish before removing it.
  cleanups.push(async () => void (await client.request('search.query', { query: 'x', wait: true })));
  return { client, dir: copy.dir };
}

async function annotate(
  client: LocalClient,
  file: string,
  quote: string,
  extra: Record<string, unknown> = {},
) {
  const start = fixtureText(file).indexOf(quote);
  expect(start).toBeGreaterThanOrEqual(0);
  const docs = await client.call('documents.list', {});
  const doc = docs.filter((d) => d.path === file).find(() => true);
  if (!doc) throw new Error(`no document for ${file}`);
  // The document owning the offset: the last story of the file starting at or before it.
  const detailIds = docs.filter((d) => d.path === file).map((d) => d.id);
  let docId = detailIds[0] as string;
  for (const id of detailIds) if ((await client.call('documents.get', { id })).start <= start) docId = id;
  return client.call('annotations.create', { docId, start, end: start + quote.length, ...extra });
}

async function seed(client: LocalClient) {
  const a = await annotate(client, 'talks-wire.txt', 'security guarantees remain unresolved', {
    tags: ['open question'],
    note: 'Kyiv frames guarantees as the blocker.',
    entity: { name: 'Maria Kovalenko', type: 'person' },
    issue: { title: 'Security guarantees', stance: 'raises' },
  });
  const b = await annotate(
    client,
    'talks-wire.txt',
    'sanctions relief "is not on the table until a ceasefire holds"',
    {
      tags: ['sanctions'],
      issue: { title: 'Sanctions', stance: 'blocks' },
      color: 'pink',
    },
  );
  const c = await annotate(
    client,
    'live-blog.txt',
    'any settlement must recognise "the new territorial realities"',
    {
      entity: { name: 'Anton Reyes', type: 'person' },
      issue: { title: 'Territory', stance: 'raises' },
    },
  );
  return [a, b, c];
}

describe('export service through the contract', () => {
  it('exports every format with full provenance, and filters by issue', async () => {
    const { client, dir } = await openCopy();
    await seed(client);
    const md = await client.call('export.run', {
      format: 'md',
      filter: { issues: ['security guarantees'] },
      groupBy: 'issue',
    });
    expect(md.count).toBe(1);
    expect(md.encoding).toBe('utf8');
    expect(md.content).toContain('## Security guarantees');
    expect(md.content).toContain('> security guarantees remain unresolved');
    // Portable links (ADR 073): project id and folder name, never the folder's absolute path.
    expect(md.content).toMatch(
      /dossier:\/\/open\?v=2&project=[0-9a-f-]{36}&name=[^&]+&doc=talks-wire\.txt&start=\d+&end=\d+&sha256=[0-9a-f]{16}/,
    );
    expect(md.content).not.toContain(encodeURIComponent(dir));
    expect(md.content).not.toContain(dir);
    expect(md.content).not.toContain('Sanctions');

    const all = await client.call('export.run', { format: 'csv' });
    expect(all.count).toBe(3);
    const blog = await client.call('export.run', { format: 'csv', filter: { entities: ['Anton Reyes'] } });
    expect(blog.content).toMatch(/"live-blog\.txt"/);

    for (const format of ['html', 'jsonld'] as const) {
      const out = await client.call('export.run', { format });
      expect(out.count).toBe(3);
    }
    const docx = await client.call('export.run', { format: 'docx' });
    expect(docx.encoding).toBe('base64');
    const docxXml = strFromU8(
      unzipSync(Buffer.from(docx.content, 'base64'))['word/document.xml'] as Uint8Array,
    );
    expect(docxXml).toContain('security guarantees remain unresolved');
    const qdpx = await client.call('export.run', { format: 'qdpx' });
    expect(checkQdpx(Buffer.from(qdpx.content, 'base64'))).toEqual([]);
    expect(await xsdErrors(qdeOf(Buffer.from(qdpx.content, 'base64')))).toEqual([]);
  });

  it('filters by tag, colour, stance, state, document and date; previews exactly what run writes', async () => {
    const { client } = await openCopy();
    await seed(client);
    const count = async (filter: Record<string, unknown>) =>
      (await client.call('export.preview', { format: 'md', filter })).count;
    expect(await count({ tags: ['sanctions'] })).toBe(1);
    expect(await count({ colors: ['pink'] })).toBe(1);
    expect(await count({ stances: ['raises'] })).toBe(2);
    expect(await count({ states: ['orphan'] })).toBe(0);
    expect(await count({ documents: ['live-blog.txt'] })).toBe(1);
    expect(await count({ dateFrom: '2030-01-01' })).toBe(0);
    // A search query keeps annotations that overlap one of its matches.
    expect(await count({ query: 'guarantees' })).toBe(1);
    expect(await count({ query: 'territorial' })).toBe(1);
    expect(await count({ query: 'zzzunknownword' })).toBe(0);
    const preview = await client.call('export.preview', { format: 'csv', title: 'Fixed title' });
    const run = await client.call('export.run', { format: 'csv', title: 'Fixed title' });
    expect(preview.kind).toBe('text');
    // Identical but for nothing: CSV carries no timestamp.
    expect(preview.content).toBe(run.content);
    expect(preview.filename).toBe('Fixed title.csv');
    const qde = await client.call('export.preview', { format: 'qdpx' });
    expect(qde.kind).toBe('outline');
    expect(qde.content).toContain('<Project xmlns="urn:QDA-XML:project:1.0"');
  });

  it('filters by an entity: query on a fresh folder, waiting for the entity model (not an empty export)', async () => {
    const { client } = await openCopy();
    // No annotation names an entity, so nothing but the query has the entity model built.
    await annotate(client, 'talks-wire.txt', 'said Maria Kovalenko, the lead negotiator for Kyiv');
    await annotate(client, 'live-blog.txt', 'Anton Reyes, speaking for Moscow');
    await annotate(client, 'talks-wire.txt', 'The two delegations agreed to meet again on Friday.');
    const quotes = async (query: string) =>
      JSON.parse((await client.call('export.run', { format: 'jsonld', filter: { query } })).content) as {
        first?: { items: Array<{ target: { selector: Array<{ type: string; exact?: string }> } }> };
      };
    const exact = (doc: Awaited<ReturnType<typeof quotes>>) =>
      (doc.first?.items ?? []).map(
        (i) => i.target.selector.find((s) => s.type === 'TextQuoteSelector')?.exact,
      );
    expect(exact(await quotes('entity:"Maria Kovalenko"'))).toEqual([
      'said Maria Kovalenko, the lead negotiator for Kyiv',
    ]);
    expect(exact(await quotes('entity:"Anton Reyes"'))).toEqual(['Anton Reyes, speaking for Moscow']);
  });

  it('carries the live-blog entry and document metadata into excerpts', async () => {
    const { client } = await openCopy();
    await seed(client);
    const out = await client.call('export.run', { format: 'jsonld', filter: { entities: ['Anton Reyes'] } });
    const doc = JSON.parse(out.content) as { first: { items: Array<{ dossier: Record<string, unknown> }> } };
    const ext = doc.first.items[0]?.dossier;
    expect(ext?.path).toBe('live-blog.txt');
    const detail = await client.call('documents.get', { id: ext?.docId as string });
    expect(ext?.title).toBe(detail.title);
    expect(ext?.dateSource).toBe(detail.dateSource);
    if (detail.entries.length) expect(ext?.entry).not.toBeNull();
  });

  it('copies one annotation as a citation', async () => {
    const { client } = await openCopy();
    const [a] = await seed(client);
    const cite = await client.call('export.citation', { annotationId: a?.id as string });
    expect(cite.markdown.startsWith('> security guarantees remain unresolved\n')).toBe(true);
    expect(cite.text).toMatch(/^“security guarantees remain unresolved” — .*talks-wire\.txt, chars \d+–\d+/);
    expect(cite.text).toContain('dossier://open?');
    const missing = await client.request('export.citation', { annotationId: 'nope' });
    expect(missing).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('JSON-LD round-trips into another copy of the folder, re-anchored, and a second import creates nothing', async () => {
    const from = await openCopy();
    await seed(from.client);
    const jsonld = await from.client.call('export.run', { format: 'jsonld' });
    const to = await openCopy();
    const report = await to.client.call('export.import', {
      format: 'jsonld',
      encoding: 'utf8',
      content: jsonld.content,
    });
    expect(report).toEqual({ format: 'jsonld', created: 3, skipped: [], reanchored: [], orphaned: [] });
    const strip = (rows: Awaited<ReturnType<typeof to.client.call<'annotations.list'>>>) =>
      rows
        .map((a) => ({
          docId: a.docId,
          quote: a.quote,
          position: a.position,
          note: a.note,
          tags: a.tags,
          entity: a.entity,
          issue: a.issue,
          color: a.color,
          state: a.state,
        }))
        .sort((x, y) => x.position.start - y.position.start || x.docId.localeCompare(y.docId));
    expect(strip(await to.client.call('annotations.list', {}))).toEqual(
      strip(await from.client.call('annotations.list', {})),
    );
    const again = await to.client.call('export.import', {
      format: 'jsonld',
      encoding: 'utf8',
      content: jsonld.content,
    });
    expect(again.created).toBe(0);
    expect(again.skipped).toHaveLength(3);
  });

  it('JSON-LD import re-anchors by quote when the file changed, and refuses quotes that are gone', async () => {
    const from = await openCopy();
    await seed(from.client);
    const jsonld = await from.client.call('export.run', { format: 'jsonld' });
    const copy = await copyFolder(EXPORT_PROJECT);
    cleanups.push(copy.cleanup);
    const { writeFile } = await import('node:fs/promises');
    const wire = fixtureText('talks-wire.txt')
      .replace('GENEVA (Northwire)', 'GENEVA (Northwire, updated with more reporting from the venue)')
      .replace('sanctions relief', 'sanctions easing');
    await writeFile(path.join(copy.dir, 'talks-wire.txt'), wire);
    const data = await tempDir();
    cleanups.push(data.cleanup);
    const client = await LocalClient.create({
      dataDir: data.dir,
      cacheDir: path.join(data.dir, 'c'),
      version: '0.1.0',
    });
    await client.call('workspace.open', { path: copy.dir });
    cleanups.push(async () => void (await client.request('search.query', { query: 'x', wait: true })));
    const report = await client.call('export.import', {
      format: 'jsonld',
      encoding: 'utf8',
      content: jsonld.content,
    });
    // The edited passage is re-anchored by fuzzy matching and reported as such (ADR 076).
    expect(report.created).toBe(3);
    expect(report.orphaned).toEqual([]);
    expect(report.reanchored).toHaveLength(1);
    expect(report.reanchored[0]).toMatchObject({
      quote: 'sanctions easing "is not on the table until a ceasefire holds"',
      was: 'sanctions relief "is not on the table until a ceasefire holds"',
    });
    expect(report.reanchored[0]?.score).toBeGreaterThanOrEqual(0.75);
    const moved = (await client.call('annotations.list', {})).find(
      (a) => a.issue?.title === 'Security guarantees',
    );
    expect(wire.slice(moved?.position.start, moved?.position.end)).toBe(
      'security guarantees remain unresolved',
    );
  });

  it('.qdpx import re-creates selections where the sources match by content hash', async () => {
    const from = await openCopy();
    await seed(from.client);
    const qdpx = await from.client.call('export.run', { format: 'qdpx' });
    const to = await openCopy();
    const report = await to.client.call('export.import', {
      format: 'qdpx',
      encoding: 'base64',
      content: qdpx.content,
    });
    expect(report).toEqual({ format: 'qdpx', created: 3, skipped: [], reanchored: [], orphaned: [] });
    const rows = await to.client.call('annotations.list', {});
    const a = rows.find((r) => r.quote.exact === 'security guarantees remain unresolved');
    expect(a).toMatchObject({
      tags: ['open question'],
      note: 'Kyiv frames guarantees as the blocker.',
      entity: { name: 'Maria Kovalenko', type: 'person' },
      issue: { title: 'Security guarantees', stance: 'raises' },
    });
  });

  it('rejects malformed import files with a message saying what to do', async () => {
    const { client } = await openCopy();
    expect(
      await client.request('export.import', { format: 'jsonld', encoding: 'utf8', content: 'not json' }),
    ).toMatchObject({ ok: false, code: 'invalid_params' });
    expect(
      await client.request('export.import', { format: 'qdpx', encoding: 'base64', content: 'AAAA' }),
    ).toMatchObject({ ok: false, code: 'invalid_params' });
    expect(
      await client.request('export.import', { format: 'jsonld', encoding: 'utf8', content: '{"hello":1}' }),
    ).toMatchObject({ ok: false, code: 'invalid_params' });
  });
});

describe('quick copy of a selection', () => {
  it('cites any selected range, and an annotated range with its annotation', async () => {
    const { client } = await openCopy();
    await seed(client);
    const text = fixtureText('talks-wire.txt');
    const start = text.indexOf('Negotiators ended');
    const cite = await client.call('export.citation', {
      docId: 'talks-wire.txt',
      start,
      end: start + 'Negotiators ended'.length,
    });
    expect(cite.text).toMatch(/^“Negotiators ended” — Northwire, /);
    const bad = await client.request('export.citation', { docId: 'talks-wire.txt', start: 5, end: 5 });
    expect(bad).toMatchObject({ ok: false, code: 'invalid_params' });
  });
});

describe('foreign Web Annotations', () => {
  it('imports an annotation from another tool by finding the one file that holds its quote', async () => {
    const { client } = await openCopy();
    const foreign = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      id: 'https://annotations.invalid/a/1',
      body: [
        { type: 'TextualBody', purpose: 'commenting', value: 'From another tool' },
        { type: 'TextualBody', purpose: 'tagging', value: 'imported' },
      ],
      target: {
        source: 'https://news.invalid/geneva-talks',
        selector: {
          type: 'TextQuoteSelector',
          exact: 'frozen assets was a sticking point',
          prefix: 'question of ',
          suffix: ' and',
        },
      },
    };
    const report = await client.call('export.import', {
      format: 'jsonld',
      encoding: 'utf8',
      content: JSON.stringify(foreign),
    });
    expect(report).toEqual({ format: 'jsonld', created: 1, skipped: [], reanchored: [], orphaned: [] });
    const [a] = await client.call('annotations.list', {});
    expect(a).toMatchObject({ path: 'talks-wire.txt', note: 'From another tool', tags: ['imported'] });
    expect(a?.quote.exact).toBe('frozen assets was a sticking point');
  });
});
