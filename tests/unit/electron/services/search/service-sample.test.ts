import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalClient, LocalCallError } from '../../../../../electron/hosts/local/local-client';
import { analyze } from '../../../../../electron/services/search/analyzer';
import { phraseMatchesBrute } from '../../../../../electron/services/search/scan';
import { copyFolder, SAMPLE_FOLDER, tempDir } from '../../../../support/temp';

let client: LocalClient;
let cleanup: () => Promise<void>;
let folder: string;

beforeAll(async () => {
  const copy = await copyFolder(SAMPLE_FOLDER);
  const data = await tempDir();
  folder = copy.dir;
  cleanup = async () => {
    await copy.cleanup();
    await data.cleanup();
  };
  client = await LocalClient.create({
    dataDir: `${data.dir}/data`,
    cacheDir: `${data.dir}/cache`,
    version: 'test',
  });
  await client.call('workspace.open', { path: folder });
});
afterAll(async () => cleanup());

describe('search over the sample corpus through the contract', () => {
  it('answers search.query with hits, facets and explain', async () => {
    const r = await client.call('search.query', { query: 'ceasefire', wait: true });
    expect(r.total).toBeGreaterThan(3);
    expect(r.partial).toBe(false);
    expect(r.hits[0]!.snippets[0]!.highlights.length).toBeGreaterThan(0);
    expect(Object.keys(r.facets.outlet).length).toBeGreaterThan(1);
  });

  it('returns bad_query for malformed input', async () => {
    const reply = await client.request('search.query', { query: '"unclosed', wait: true });
    expect(reply).toMatchObject({ ok: false, code: 'bad_query' });
    await expect(client.call('search.explain', { query: 'a OR' })).rejects.toBeInstanceOf(LocalCallError);
  });

  it('phrase and proximity results equal a brute-force scan of every document (property)', async () => {
    const docs = await client.call('documents.list', {});
    const bodies = await Promise.all(
      docs.map(async (d) => {
        const full = await client.call('documents.get', { id: d.id });
        // The reference reads the story minus furniture, exactly what the engine is meant to search.
        let text = '';
        let at = full.start;
        for (const b of [...full.boilerplate].sort((x, y) => x.start - y.start)) {
          if (b.start > at) text += `${full.text.slice(at - full.start, b.start - full.start)}\n`;
          at = Math.max(at, b.end);
        }
        if (at < full.end) text += full.text.slice(at - full.start);
        return { id: d.id, stems: analyze(text).map((t) => t.stem), raws: analyze(text).map((t) => t.raw) };
      }),
    );
    const withWords = bodies.filter((b) => b.raws.length > 20);
    const arb = fc.record({
      doc: fc.nat({ max: withWords.length - 1 }),
      at: fc.nat(),
      len: fc.integer({ min: 2, max: 3 }),
      slop: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
    });
    await fc.assert(
      fc.asyncProperty(arb, async ({ doc, at, len, slop }) => {
        const b = withWords[doc]!;
        const start = at % (b.raws.length - len);
        const raws = b.raws.slice(start, start + len);
        const query = `"${raws.join(' ')}"${slop === null ? '' : `~${slop}`}`;
        const words = analyze(raws.join(' ')).map((t) => t.stem);
        const expected = bodies
          .filter((x) => phraseMatchesBrute(x.stems, words, slop))
          .map((x) => x.id)
          .sort();
        const r = await client.call('search.query', { query, limit: 1000, wait: true });
        // Title matches are searched too: the engine may add documents whose title holds the phrase.
        const got = r.hits.map((h) => h.id).sort();
        for (const id of expected) expect(got, query).toContain(id);
        return true;
      }),
      { numRuns: 60, seed: 11 },
    );
  });

  it('keeps history and saved searches in the sidecar', async () => {
    await client.call('search.query', { query: 'sanctions', record: true });
    expect((await client.call('search.history', {}))[0]).toBe('sanctions');
    const saved = await client.call('search.saved.save', {
      name: 'Sanctions',
      query: 'sanction*',
      filters: ['date:2025-12'],
    });
    expect(saved.map((s) => s.name)).toEqual(['Sanctions']);
    expect((await client.call('search.saved.list', {}))[0]).toMatchObject({
      query: 'sanction*',
      filters: ['date:2025-12'],
    });
    expect(await client.call('search.saved.delete', { name: 'Sanctions' })).toEqual([]);
  });
});
