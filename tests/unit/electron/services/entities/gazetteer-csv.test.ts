import { describe, expect, it } from 'vitest';
import { exportGazetteer, importGazetteer } from '../../../../../electron/services/entities/gazetteer-csv';
import type { EntityRecord } from '../../../../../electron/services/entities/types';
import { openCopy } from './support';

const record = (name: string, aliases: string[]): EntityRecord => ({
  id: `place:${name.toLowerCase()}`,
  type: 'place',
  name,
  mentions: aliases.map((a, i) => ({
    docId: 'a.txt',
    start: i,
    end: i + 1,
    text: a,
    name: a,
    confidence: 1,
    source: 'ner',
  })),
  manual: false,
  hidden: false,
  extraAliases: [],
});

describe('gazetteer CSV', () => {
  it('round-trips names with commas and quotes, and defuses spreadsheet formulas', () => {
    const { csv, rows } = exportGazetteer([
      record('Kyiv', ['Kyiv', 'Kiev']),
      record('Washington, D.C.', ['"DC"', '=cmd']),
    ]);
    expect(rows).toBe(5);
    expect(csv).toContain('"Washington, D.C.",place,"""DC"""');
    expect(csv).toContain('"=cmd"');
    const back = importGazetteer(csv);
    expect(back.skipped).toEqual([]);
    expect(back.rows).toContainEqual({ name: 'Kyiv', type: 'place', alias: 'Kiev' });
    expect(back.rows).toContainEqual({ name: 'Washington, D.C.', type: 'place', alias: '"DC"' });
  });

  it('reports unusable rows with their line and reason', () => {
    const { rows, skipped } = importGazetteer(
      'name,type,alias\nKyiv,town,Kiev\n,place,x\nKharkiv,place,Kharkov\n',
    );
    expect(rows).toEqual([{ name: 'Kharkiv', type: 'place', alias: 'Kharkov' }]);
    expect(skipped).toEqual([
      'line 2: type must be person, organisation or place, not "town"',
      'line 3: needs name and alias',
    ]);
  });

  it('imports aliases as undoable decisions through the service', async () => {
    const { client, cleanup } = await openCopy();
    try {
      const res = await client.call('entities.importGazetteer', {
        csv: 'name,type,alias\nDmitry Peskov,person,Dmitri Peskov\n',
      });
      expect(res.added).toBe(1);
      const peskov = await client.call('entities.get', { id: 'person:dmitry-peskov' });
      expect(peskov.aliases.map((a) => a.text)).toContain('Dmitri Peskov');
      const { csv } = await client.call('entities.exportGazetteer', { type: 'person' });
      expect(csv).toContain('Dmitry Peskov,person,Dmitri Peskov');
    } finally {
      await cleanup();
    }
  });
});
