import { afterEach, describe, expect, it } from 'vitest';
import { FieldProviderRegistry } from '../../../../../electron/services/search/field-providers';
import type { SearchService } from '../../../../../electron/services/search/service';
import { ids, parsedFile, serviceOver } from './helpers';

const open: SearchService[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

async function corpus(providers?: FieldProviderRegistry) {
  const files = [
    parsedFile('wires/a.txt', [
      {
        text: 'Peace talks resume in Geneva\nEnvoys said the peace talks would resume on Monday. Zelenskyy met officials.\nRecommended: Sanctions relief in focus',
        title: 'Peace talks resume in Geneva',
        date: '2025-12-01',
        outlet: 'Meridian Wire',
        furniture: ['Recommended: Sanctions relief in focus'],
      },
    ]),
    parsedFile('wires/b.txt', [
      {
        text: 'Sanctions tighten\nThe talks on peace stalled as sanctions were extended. Zelensky said nothing.',
        date: '2025-12-03',
        outlet: 'Pacific Wire',
      },
      {
        text: 'Second story\nA woman and women marched in Kyïv for the ceasefire.',
        date: '2025-12-05',
        outlet: 'Pacific Wire',
      },
    ]),
    parsedFile('regional/sub/c.txt', [
      {
        text: 'Ceasefire monitors\nMonitors counted 1,200 km of front line. Zelenskiy urged a ceasefire; talks about peace continue.',
        date: '2025-11-28',
        outlet: 'Danube Observer',
      },
    ]),
  ];
  const r = await serviceOver(files, null, providers);
  open.push(r.service);
  return r;
}

describe('search engine', () => {
  it('ANDs terms, stems them and ranks title hits first', async () => {
    const { service } = await corpus();
    expect(await ids(service, 'peace talks')).toEqual(['regional/sub/c.txt', 'wires/a.txt', 'wires/b.txt']);
    expect((await service.query({ query: 'peace' })).hits[0]!.id).toBe('wires/a.txt');
    expect(await ids(service, 'talk')).toHaveLength(3);
  });

  it('matches exact phrases and proximity by scanning candidates', async () => {
    const { service } = await corpus();
    expect(await ids(service, '"peace talks"')).toEqual(['wires/a.txt']);
    expect(await ids(service, '"talks peace"~0')).toEqual(['wires/a.txt']);
    expect(await ids(service, '"talks peace"~1')).toEqual([
      'regional/sub/c.txt',
      'wires/a.txt',
      'wires/b.txt',
    ]);
    expect(await ids(service, '"peace resume"~1')).toEqual(['wires/a.txt']);
    expect(await ids(service, '"peace resume"~0')).toEqual([]);
    expect(await ids(service, '"the talks on peace"')).toEqual(['wires/b.txt']);
  });

  it('supports OR, NOT and parentheses', async () => {
    const { service } = await corpus();
    expect(await ids(service, 'geneva OR monitors')).toEqual(['regional/sub/c.txt', 'wires/a.txt']);
    expect(await ids(service, 'talks -geneva')).toEqual(['regional/sub/c.txt', 'wires/b.txt']);
    expect(await ids(service, '(geneva OR monitors) NOT ceasefire')).toEqual(['wires/a.txt']);
    expect(await ids(service, '-talks')).toEqual(['wires/b.txt#2']);
  });

  it('supports wildcards and fuzzy words on surface forms', async () => {
    const { service } = await corpus();
    expect(await ids(service, 'wom?n')).toEqual(['wires/b.txt#2']);
    expect(await ids(service, 'zelensk*')).toEqual(['regional/sub/c.txt', 'wires/a.txt', 'wires/b.txt']);
    expect(await ids(service, 'zelensky~1')).toEqual(['regional/sub/c.txt', 'wires/a.txt', 'wires/b.txt']);
    expect(await ids(service, 'zelensky')).toEqual(['wires/b.txt']);
    expect(await ids(service, 'kyiv')).toEqual(['wires/b.txt#2']);
  });

  it('filters by title, outlet, date and folder', async () => {
    const { service } = await corpus();
    expect(await ids(service, 'title:ceasefire')).toEqual(['regional/sub/c.txt']);
    expect(await ids(service, 'outlet:"pacific wire"')).toEqual(['wires/b.txt', 'wires/b.txt#2']);
    expect(await ids(service, 'date:2025-12-01..2025-12-03')).toEqual(['wires/a.txt', 'wires/b.txt']);
    expect(await ids(service, 'date:>=2025-12-03')).toEqual(['wires/b.txt', 'wires/b.txt#2']);
    expect(await ids(service, 'in:regional')).toEqual(['regional/sub/c.txt']);
    expect(await ids(service, 'in:"regional/sub" ceasefire')).toEqual(['regional/sub/c.txt']);
    expect(await ids(service, 'ceasefire', ['outlet:"Pacific Wire"'])).toEqual(['wires/b.txt#2']);
  });

  it('checks /regex/ on candidate text', async () => {
    const { service } = await corpus();
    expect(await ids(service, '/\\d,\\d{3} km/')).toEqual(['regional/sub/c.txt']);
    expect(await ids(service, 'ceasefire /wom[ae]n/')).toEqual(['wires/b.txt#2']);
  });

  it('never matches or ranks words inside furniture', async () => {
    const { service } = await corpus();
    // "Recommended: Sanctions relief" is furniture in a.txt; sanctions also appear in b.txt's story.
    expect(await ids(service, 'sanctions')).toEqual(['wires/b.txt']);
    expect(await ids(service, 'relief')).toEqual([]);
    expect(await ids(service, 'recommended')).toEqual([]);
  });

  it('returns canonical-text matches and marked KWIC snippets', async () => {
    const { ws, service } = await corpus();
    const r = await service.query({ query: '"peace talks"' });
    const hit = r.hits[0]!;
    const text = ws.files.get('wires/a.txt')!.text;
    expect(hit.matches.length).toBe(2);
    for (const [s, e] of hit.matches) expect(text.slice(s, e).toLowerCase()).toBe('peace talks');
    for (const sn of hit.snippets)
      for (const [s, e] of sn.highlights) expect(sn.text.slice(s, e).toLowerCase()).toBe('peace talks');
    expect(r.explain.text).toBe('"peace talks"');
  });

  it('counts facets over all matches, not one page', async () => {
    const { service } = await corpus();
    const r = await service.query({ query: 'talks OR ceasefire', limit: 1 });
    expect(r.total).toBe(4);
    expect(r.hits).toHaveLength(1);
    expect(r.facets.outlet).toEqual({ 'Meridian Wire': 1, 'Pacific Wire': 2, 'Danube Observer': 1 });
    expect(r.facets.date).toEqual({ '2025-12-01': 1, '2025-12-03': 1, '2025-12-05': 1, '2025-11-28': 1 });
    const page2 = await service.query({ query: 'talks OR ceasefire', offset: 1, limit: 10 });
    expect(page2.hits).toHaveLength(3);
  });

  it('uses field providers: entity aliases as phrases, tag filters, facet counters', async () => {
    const providers = new FieldProviderRegistry();
    providers.register({
      field: 'entity',
      kind: 'expand',
      expand: (v) => (v.toLowerCase() === 'zelensky' ? ['Zelensky', 'Zelenskyy', 'Zelenskiy'] : []),
    });
    providers.register({
      field: 'tag',
      kind: 'filter',
      docFilter: (v) => new Set(v === 'geneva' ? ['wires/a.txt'] : []),
    });
    providers.registerFacet({
      facet: 'tag',
      count: (docIds) => ({ geneva: docIds.filter((d) => d === 'wires/a.txt').length }),
    });
    const { service } = await corpus(providers);
    const r = await service.query({ query: 'entity:Zelensky', limit: 10 });
    expect(r.hits.map((h) => h.id).sort()).toEqual(['regional/sub/c.txt', 'wires/a.txt', 'wires/b.txt']);
    expect(r.hits.find((h) => h.id === 'wires/a.txt')!.aliases).toEqual(['Zelenskyy']);
    expect(await ids(service, 'talks tag:geneva')).toEqual(['wires/a.txt']);
    expect((await service.query({ query: 'talks' })).facets.tag).toEqual({ geneva: 1 });
    expect(await ids(service, 'issue:anything')).toEqual([]);
    expect((await service.query({ query: 'issue:anything' })).explain.notes.join(' ')).toMatch(
      /no issue data/,
    );
  });

  it('answers concurrent queries independently (sets are recycled per query)', async () => {
    const { service } = await corpus();
    const queries = ['peace talks', 'geneva OR monitors', '-talks', '"talks peace"~1', 'zelensky~1'];
    const alone: string[][] = [];
    for (const q of queries) alone.push(await ids(service, q));
    const together = await Promise.all(queries.map((q) => ids(service, q)));
    expect(together).toEqual(alone);
  });

  it('returns every result with no cap', async () => {
    const files = Array.from({ length: 1200 }, (_, i) =>
      parsedFile(`bulk/${i}.txt`, [{ text: `Report ${i}\nThe envoy met the minister number ${i}.` }]),
    );
    const { service } = await serviceOver(files);
    open.push(service);
    const r = await service.query({ query: 'envoy', limit: 10, offset: 1190 });
    expect(r.total).toBe(1200);
    expect(r.hits).toHaveLength(10);
  });
});
