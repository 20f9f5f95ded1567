import { appendFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCopy } from './support';

let cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups) await c();
  cleanups = [];
});
const open = async () => {
  const o = await openCopy();
  cleanups.push(o.cleanup);
  return o;
};

describe('analyst decisions', () => {
  it('accepting a suggestion merges, undo splits it again, redo merges again', async () => {
    const { client } = await open();
    const { suggestions } = await client.call('entities.list', {});
    const s = suggestions.find((x) => x.names.includes('Volodymyr Zelenskyy'));
    if (!s) throw new Error('no Zelenskyy suggestion');
    await client.call('entities.decide', {
      decision: { kind: 'merge', into: s.entities[0], from: [s.entities[1]], suggestion: s.id },
    });
    const merged = await client.call('entities.get', { id: s.entities[1] });
    expect(merged.id).toBe(s.entities[0]);
    expect(merged.aliases.map((a) => a.text)).toEqual(expect.arrayContaining(['Zelenskyy']));
    const after = await client.call('entities.list', {});
    expect(after.suggestions.some((x) => x.id === s.id)).toBe(false);

    expect(await client.call('entities.undo', {})).toEqual({ changed: true });
    const undone = await client.call('entities.list', {});
    expect(undone.entities.some((e) => e.id === s.entities[1])).toBe(true);
    expect(await client.call('entities.undo', { redo: true })).toEqual({ changed: true });
    expect((await client.call('entities.get', { id: s.entities[1] })).id).toBe(s.entities[0]);
  });

  it('rejects a suggestion for good', async () => {
    const { client } = await open();
    const { suggestions } = await client.call('entities.list', {});
    const s = suggestions.find((x) => x.rule === 'typo');
    if (!s) throw new Error('no typo suggestion');
    await client.call('entities.decide', { decision: { kind: 'reject', suggestion: s.id } });
    expect((await client.call('entities.list', {})).suggestions.some((x) => x.id === s.id)).toBe(false);
  });

  it('renames, retypes, adds an alias, splits and marks a false positive', async () => {
    const { client } = await open();
    const decide = (decision: Parameters<typeof client.call<'entities.decide'>>[1]['decision']) =>
      client.call('entities.decide', { decision });
    await decide({ kind: 'rename', entity: 'person:rustem-umarov', name: 'Rustem Umerov' });
    expect((await client.call('entities.get', { id: 'person:rustem-umarov' })).name).toBe('Rustem Umerov');

    await decide({ kind: 'retype', entity: 'organisation:general-staff', type: 'place' });
    expect((await client.call('entities.get', { id: 'organisation:general-staff' })).type).toBe('place');

    // An alias added by hand finds its mentions in the text.
    await decide({ kind: 'alias', entity: 'organisation:kremlin', text: 'Kremlin press service' });
    const kremlin = await client.call('entities.get', { id: 'organisation:kremlin' });
    expect(kremlin.aliases.map((a) => a.text)).toContain('Kremlin press service');

    await decide({ kind: 'split', entity: 'person:rustem-umarov', alias: 'Umarov' });
    const split = await client.call('entities.list', {});
    expect(split.entities.find((e) => e.id === 'person:rustem-umarov')?.aliases.map((a) => a.text)).toEqual([
      'Rustem Umarov',
    ]);
    expect(split.entities.find((e) => e.name === 'Umarov')?.mentions).toBe(2);

    await decide({ kind: 'false-positive', entity: 'place:baltic-sea' });
    expect((await client.call('entities.list', {})).entities.some((e) => e.id === 'place:baltic-sea')).toBe(
      false,
    );
    const history = await client.call('entities.history', {});
    expect(history.map((h) => h.decision.kind)).toEqual([
      'rename',
      'retype',
      'alias',
      'split',
      'false-positive',
    ]);
  });

  it('tags a selection as a new entity or links it to an existing one', async () => {
    const { client, dir } = await open();
    const text = (await readFile(path.join(dir, '03-frontline-renamed.txt'), 'utf8')).replace(/\r\n/g, '\n');
    const at = text.indexOf('road to Pokrovsk');
    await client.call('entities.decide', {
      decision: {
        kind: 'tag',
        mention: { docId: '03-frontline-renamed.txt', start: at, end: at + 4, exact: 'road' },
        name: 'Pokrovsk road',
        type: 'place',
      },
    });
    const mentions = await client.call('entities.forDocument', { docId: '03-frontline-renamed.txt' });
    expect(mentions.find((m) => m.start === at)?.name).toBe('Pokrovsk road');
    const gov = text.indexOf('regional governor') + 'regional '.length;
    await client.call('entities.decide', {
      decision: {
        kind: 'tag',
        mention: { docId: '03-frontline-renamed.txt', start: gov, end: gov + 8, exact: 'governor' },
        entity: 'person:serhiy-lysak',
      },
    });
    expect((await client.call('entities.get', { id: 'person:serhiy-lysak' })).mentions).toBe(3);
  });

  it('keeps decisions when the file is re-ingested, and stores them in the sidecar', async () => {
    const { client, dir } = await open();
    const { suggestions } = await client.call('entities.list', {});
    const s = suggestions.find((x) => x.names.includes('Dmitri Peskov'));
    if (!s) throw new Error('no Peskov suggestion');
    await client.call('entities.decide', {
      decision: { kind: 'merge', into: s.entities[0], from: [s.entities[1]] },
    });
    await appendFile(
      path.join(dir, '02-peskov-variants.txt'),
      '\nPeskov later said talks could resume in Minsk.\n',
    );
    await client.call('workspace.open', { path: dir });
    const peskov = await client.call('entities.get', { id: s.entities[0] });
    expect(peskov.aliases.map((a) => a.text)).toEqual(
      expect.arrayContaining(['Dmitri Peskov', 'Dmitry Peskov']),
    );
    const stored = await readFile(path.join(dir, '.dossier', 'entity-decisions.json'), 'utf8');
    expect(stored).toContain('"kind": "merge"');
  });
});

describe('entity page', () => {
  it('lists the tracked issues with evidence in the entity documents', async () => {
    const { client } = await open();
    const issue = await client.call('issues.create', { title: 'Prisoner exchange' });
    await client.call('issues.link', {
      issueId: issue.id,
      docId: '05-istanbul-prisoners.txt',
      start: 200,
      end: 260,
      stance: 'raises',
    });
    const page = await client.call('entities.get', { id: 'person:rustem-umarov' });
    expect(page.issues).toEqual([{ id: issue.id, title: 'Prisoner exchange', documents: 1 }]);
    expect(page.mentionList[0]?.before.length).toBeGreaterThan(0);
    expect(page.timeline.length).toBeGreaterThanOrEqual(0);
    expect(page.cooccurring.map((c) => c.name)).toEqual(expect.arrayContaining(['Steven Kessler']));
  });
});
