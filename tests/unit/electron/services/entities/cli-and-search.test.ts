import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../../electron/cli/main';
import { ARTICLES, openCopy } from './support';
import { tempDir } from '../../../../support/temp';

describe('dossier entities', () => {
  it('prints exactly {entities, suggestions} with the documented fields', async () => {
    const t = await tempDir();
    const prev = { data: process.env.DOSSIER_DATA_DIR, cache: process.env.DOSSIER_CACHE_DIR };
    process.env.DOSSIER_DATA_DIR = `${t.dir}/data`;
    process.env.DOSSIER_CACHE_DIR = `${t.dir}/cache`;
    let out = '';
    let err = '';
    try {
      const code = await runCli(['entities', ARTICLES, '--type', 'person', '--json'], {
        out: (s) => (out += s),
        err: (s) => (err += s),
      });
      expect(err).toBe('');
      expect(code).toBe(0);
      const parsed = JSON.parse(out) as {
        entities: Array<Record<string, unknown>>;
        suggestions: Array<Record<string, unknown>>;
      };
      expect(Object.keys(parsed).sort()).toEqual(['entities', 'suggestions']);
      for (const e of parsed.entities) {
        expect(Object.keys(e).sort()).toEqual(['aliases', 'documents', 'id', 'mentions', 'name', 'type']);
        expect(e.type).toBe('person');
      }
      for (const s of parsed.suggestions) {
        expect(Object.keys(s).sort()).toEqual(['entities', 'kind', 'reason']);
        expect(s.kind).toBe('merge');
      }
      expect(parsed.suggestions.length).toBeGreaterThan(0);
      const bad = await runCli(['entities', ARTICLES, '--type', 'city'], {
        out: () => undefined,
        err: (s) => (err += s),
      });
      expect(bad).toBe(1);
      expect(err).toContain('--type must be person, organisation or place');
    } finally {
      process.env.DOSSIER_DATA_DIR = prev.data;
      process.env.DOSSIER_CACHE_DIR = prev.cache;
      if (prev.data === undefined) delete process.env.DOSSIER_DATA_DIR;
      if (prev.cache === undefined) delete process.env.DOSSIER_CACHE_DIR;
      await t.cleanup();
    }
  });
});

describe('entity:"…" in search', () => {
  it('expands to every alias and reports which one matched', async () => {
    const { client, cleanup } = await openCopy();
    try {
      const { suggestions } = await client.call('entities.list', {});
      // Merge the three Zelensky spellings, then search by one of them.
      for (const other of ['Volodymyr Zelenskyy', 'Volodymyr Zelensky']) {
        const s = (await client.call('entities.list', {})).suggestions.find(
          (x) => x.names.includes(other) && x.names.includes('Volodymyr Zelenskiy'),
        );
        if (s)
          await client.call('entities.decide', {
            decision: { kind: 'merge', into: s.entities[0], from: [s.entities[1]] },
          });
      }
      expect(suggestions.length).toBeGreaterThan(0);
      await client.call('entities.list', {});
      const result = await client.call('search.query', { query: 'entity:"Zelenskyy"', wait: true });
      const matched = new Set(result.hits.flatMap((h) => h.aliases));
      for (const alias of ['Zelensky', 'Zelenskyy', 'Zelenskiy'])
        expect(
          [...matched].some((a) => a.includes(alias)),
          alias,
        ).toBe(true);
      expect(result.total).toBeGreaterThanOrEqual(4);
    } finally {
      await cleanup();
    }
  });
});
