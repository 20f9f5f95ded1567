import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalClient } from '../../../../../electron/hosts/local/local-client';
import type { EventMessage } from '../../../../../shared/contract';
import { parseEnvelope } from '../../../../../electron/services/sidecar/envelope';
import { tempDir } from '../../../../support/temp';

const A = `Harbour budget approved

The harbour budget was approved. Critics said the harbour budget ignores the fishermen.
`;
const B = 'Port news\n\nThe harbour budget reached the port authority.\n';

let root: string;
let dataDir: string;
let cleanup: () => Promise<void>;
let client: LocalClient;
const events: EventMessage[] = [];

function all(text: string, needle: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1))
    out.push({ start: i, end: i + needle.length });
  return out;
}

const ranges = () => [
  ...all(A, 'harbour budget').map((r) => ({ docId: 'a.txt', ...r })),
  ...all(B, 'harbour budget').map((r) => ({ docId: 'b.txt', ...r })),
];

beforeEach(async () => {
  const t = await tempDir();
  cleanup = t.cleanup;
  root = path.join(t.dir, 'articles');
  dataDir = path.join(t.dir, 'data');
  await mkdir(root, { recursive: true });
  await writeFile(path.join(root, 'a.txt'), A);
  await writeFile(path.join(root, 'b.txt'), B);
  events.length = 0;
  client = await LocalClient.create({ dataDir, cacheDir: path.join(dataDir, 'cache'), version: 'test' });
  client.onEvent((m) => events.push(m));
  await client.call('workspace.open', { path: root });
  await client.call('annotations.list', {});
});
afterEach(async () => {
  await client.close().catch(() => undefined);
  await cleanup().catch(() => undefined);
});

const annotationSaves = () =>
  events.filter(
    (e) => e.event === 'sidecar.saved' && (e.payload as { file: string }).file === 'annotations.json',
  ).length;

describe('annotations.createMany', () => {
  it('tags every range in one sidecar write and one undo step', async () => {
    const before = annotationSaves();
    const r = await client.call('annotations.createMany', { ranges: ranges(), tags: ['budget'] });
    expect(r).toMatchObject({ created: 3, skipped: 0 });
    expect(r.ids).toHaveLength(3);
    expect(annotationSaves() - before).toBe(1);

    const list = await client.call('annotations.list', { tag: 'budget' });
    expect(list.map((a) => [a.docId, a.quote.exact, a.state])).toEqual([
      ['a.txt', 'harbour budget', 'anchored'],
      ['a.txt', 'harbour budget', 'anchored'],
      ['b.txt', 'harbour budget', 'anchored'],
    ]);
    const env = parseEnvelope(await readFile(path.join(root, '.dossier', 'annotations.json'), 'utf8'));
    expect(env?.records).toHaveLength(3);

    const history = await client.call('annotations.history', {});
    expect(history.undoLabel).toBe('Tag 3 passages “budget”');
    const saves = annotationSaves();
    await client.call('annotations.undo', {});
    expect(annotationSaves() - saves).toBe(1);
    expect(await client.call('annotations.list', {})).toEqual([]);
    await client.call('annotations.redo', {});
    expect(await client.call('annotations.list', { tag: 'budget' })).toHaveLength(3);
  });

  it('skips ranges already tagged the same way, so tagging twice does not stack', async () => {
    await client.call('annotations.createMany', { ranges: ranges().slice(0, 2), tags: ['budget'] });
    const again = await client.call('annotations.createMany', {
      ranges: [...ranges(), ...ranges()],
      tags: ['Budget'],
    });
    expect(again).toMatchObject({ created: 1, skipped: 5 });
    expect(await client.call('annotations.list', {})).toHaveLength(3);
    // A different tag on the same passages is a new annotation.
    const other = await client.call('annotations.createMany', { ranges: ranges(), tags: ['port'] });
    expect(other.created).toBe(3);
  });

  it('checks every range first: one bad range creates nothing and says which', async () => {
    const bad = await client.request('annotations.createMany', {
      ranges: [...ranges(), { docId: 'b.txt', start: 5, end: 5000 }],
      tags: ['budget'],
    });
    expect(bad).toMatchObject({ ok: false, code: 'invalid_params' });
    if (!bad.ok) expect(bad.message).toMatch(/range 4 of 4 \(b\.txt 5–5000\).*nothing was created/);
    const missing = await client.request('annotations.createMany', {
      ranges: [{ docId: 'gone.txt', start: 0, end: 3 }],
    });
    expect(missing).toMatchObject({ ok: false, code: 'not_found' });
    expect(await client.call('annotations.list', {})).toEqual([]);
    expect((await client.call('annotations.history', {})).canUndo).toBe(false);
  });

  it('uses the colour bound to the tag, and tells clients which documents changed', async () => {
    await client.call('annotations.bindTag', { tag: 'budget', key: 2, color: 'green' });
    events.length = 0;
    await client.call('annotations.createMany', { ranges: ranges(), tags: ['budget'] });
    const list = await client.call('annotations.list', {});
    expect(new Set(list.map((a) => a.color))).toEqual(new Set(['green']));
    const changed = events.find((e) => e.event === 'annotations.changed');
    expect((changed?.payload as { docIds: string[] }).docIds.sort()).toEqual(['a.txt', 'b.txt']);
  });

  it('refuses more ranges than the contract allows', async () => {
    const many = Array.from({ length: 20_001 }, () => ({ docId: 'a.txt', start: 0, end: 3 }));
    const r = await client.request('annotations.createMany', { ranges: many });
    expect(r).toMatchObject({ ok: false, code: 'invalid_params' });
  });
});
