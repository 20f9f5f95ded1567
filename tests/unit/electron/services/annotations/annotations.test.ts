import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalClient } from '../../../../../electron/hosts/local/local-client';
import { annotationCounts } from '../../../../../electron/services/annotations/handlers';
import { ingestFile } from '../../../../../electron/services/ingest/ingest-file';
import type { FilesChange } from '../../../../../electron/services/workspace/workspace';
import type { EventMessage } from '../../../../../shared/contract';
import { tempDir } from '../../../../support/temp';

const ARTICLE = `Harbour budget approved

The city council voted on Tuesday to approve the new harbour budget, despite objections from the fishermen's union.

"We don't accept this," said the union's spokesperson. The mayor said the vote was final.
`;

let root: string;
let dataDir: string;
let cleanup: () => Promise<void>;
let client: LocalClient;
const events: EventMessage[] = [];

async function openClient(): Promise<LocalClient> {
  const c = await LocalClient.create({ dataDir, cacheDir: path.join(dataDir, 'cache'), version: 'test' });
  c.onEvent((m) => events.push(m));
  await c.call('workspace.open', { path: root });
  return c;
}

function offsets(text: string, quote: string, occurrence = 1): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i < occurrence; i++) start = text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`quote not found: ${quote}`);
  return { start, end: start + quote.length };
}

beforeEach(async () => {
  const t = await tempDir();
  cleanup = t.cleanup;
  root = path.join(t.dir, 'articles');
  dataDir = path.join(t.dir, 'data');
  const { mkdir } = await import('node:fs/promises');
  await mkdir(root, { recursive: true });
  await writeFile(path.join(root, 'harbour.txt'), ARTICLE);
  await writeFile(path.join(root, 'other.txt'), 'Another story about the harbour.\n');
  events.length = 0;
  client = await openClient();
});
afterEach(async () => {
  // Other domains (search) may still be writing their cache in the background; the OS cleans up.
  await cleanup().catch(() => undefined);
});

describe('annotations service', () => {
  it('creates an annotation with W3C selectors built from canonical text, saved in the sidecar', async () => {
    const r = offsets(ARTICLE, 'approve the new harbour budget');
    const a = await client.call('annotations.create', {
      docId: 'harbour.txt',
      ...r,
      color: 'green',
      note: 'Key **vote**',
      tags: ['budget', ' budget ', 'harbour'],
      entity: { name: 'City council', type: 'organisation' },
      issue: { title: 'Harbour funding', stance: 'progress' },
    });
    expect(a).toMatchObject({
      docId: 'harbour.txt',
      quote: {
        type: 'TextQuoteSelector',
        exact: 'approve the new harbour budget',
        suffix: ', despite objections from the fi',
      },
      position: { type: 'TextPositionSelector', ...r },
      state: 'anchored',
      score: 1,
      tags: ['budget', 'harbour'],
      entity: { id: null, name: 'City council', type: 'organisation' },
    });
    expect(a.quote.prefix).toHaveLength(32);
    const file = JSON.parse(await readFile(path.join(root, '.dossier', 'annotations.json'), 'utf8')) as {
      records: { value: { id: string } }[];
    };
    expect(file.records.map((x) => x.value.id)).toEqual([a.id]);
    expect(events.some((e) => e.event === 'sidecar.saved')).toBe(true);
    expect(events.some((e) => e.event === 'annotations.changed')).toBe(true);
    const counts = await annotationCounts(client.services.session);
    expect(counts.get('harbour.txt')).toBe(1);
    const rows = await client.call('documents.list', {});
    expect(rows.find((r) => r.id === 'harbour.txt')?.annotationCount).toBe(1);
    expect(rows.find((r) => r.id === 'other.txt')?.annotationCount).toBe(0);
    expect(events.some((e) => e.event === 'documents.changed' && e.payload.reason === 'annotations')).toBe(
      true,
    );
  });

  it('updates, deletes, and undoes/redoes every action', async () => {
    const a = await client.call('annotations.create', {
      docId: 'harbour.txt',
      ...offsets(ARTICLE, 'city council'),
    });
    await client.call('annotations.update', { id: a.id, note: 'first note' });
    await client.call('annotations.update', { id: a.id, tags: ['politics'] });
    expect(await client.call('annotations.history', {})).toMatchObject({
      canUndo: true,
      undoLabel: 'Re-tag',
    });
    await client.call('annotations.undo', {});
    expect((await client.call('annotations.get', { id: a.id })).tags).toEqual([]);
    await client.call('annotations.undo', {});
    expect((await client.call('annotations.get', { id: a.id })).note).toBe('');
    await client.call('annotations.redo', {});
    expect((await client.call('annotations.get', { id: a.id })).note).toBe('first note');
    await client.call('annotations.delete', { id: a.id });
    expect(await client.call('annotations.list', {})).toEqual([]);
    const h = await client.call('annotations.undo', {});
    expect(h).toMatchObject({ canRedo: true, redoLabel: 'Delete annotation' });
    expect(await client.call('annotations.list', {})).toHaveLength(1);
    // undo the create too, then redo it
    await client.call('annotations.undo', {});
    await client.call('annotations.undo', {});
    await client.call('annotations.undo', {});
    expect(await client.call('annotations.list', {})).toEqual([]);
    await client.call('annotations.redo', {});
    expect(await client.call('annotations.list', {})).toHaveLength(1);
  });

  it('re-anchors on open: the highlight follows the edited text; a deleted passage becomes an orphan with its quote', async () => {
    const vote = await client.call('annotations.create', {
      docId: 'harbour.txt',
      ...offsets(ARTICLE, 'The mayor said the vote was final.'),
    });
    const union = await client.call('annotations.create', {
      docId: 'harbour.txt',
      ...offsets(ARTICLE, "despite objections from the fishermen's union"),
    });
    const edited = ARTICLE.replace(
      'Harbour budget approved',
      'UPDATED: Harbour budget approved after long debate',
    ).replace(", despite objections from the fishermen's union", '');
    await writeFile(path.join(root, 'harbour.txt'), edited);
    const again = await openClient();
    const list = await again.call('annotations.list', { docId: 'harbour.txt' });
    const moved = list.find((a) => a.id === vote.id);
    expect(moved?.state).toBe('moved');
    expect(edited.slice(moved?.current?.start, moved?.current?.end)).toBe(
      'The mayor said the vote was final.',
    );
    const orphan = list.find((a) => a.id === union.id);
    expect(orphan).toMatchObject({
      state: 'orphan',
      current: null,
      quote: { exact: "despite objections from the fishermen's union" },
    });
    // The order: placed annotations first in text order, orphans last.
    expect(list.map((a) => a.id)).toEqual([vote.id, union.id]);
    // Re-attach the orphan to a new selection, then keep another detached.
    const re = await again.call('annotations.reattach', {
      id: union.id,
      docId: 'harbour.txt',
      ...offsets(edited, 'the new harbour budget'),
    });
    expect(re).toMatchObject({ state: 'anchored', quote: { exact: 'the new harbour budget' } });
    await again.call('annotations.undo', {});
    expect((await again.call('annotations.get', { id: union.id })).state).toBe('orphan');
    const kept = await again.call('annotations.detach', { id: union.id, detached: true });
    expect(kept).toMatchObject({ state: 'orphan', detached: true });
  });

  it('re-anchors on workspace.onFilesChanged (watcher, encoding override)', async () => {
    const a = await client.call('annotations.create', {
      docId: 'harbour.txt',
      ...offsets(ARTICLE, 'The mayor said'),
    });
    const edited = `Breaking.\n\n${ARTICLE}`;
    const abs = path.join(root, 'harbour.txt');
    await writeFile(abs, edited);
    const ws = client.services.session.workspace();
    const outcome = await ingestFile(abs, 'harbour.txt', { maxBytes: 10_000_000 });
    if (outcome.kind !== 'parsed') throw new Error('parse failed');
    ws.files.set('harbour.txt', outcome.file);
    events.length = 0;
    (ws as unknown as { notifyFilesChanged(c: FilesChange): void }).notifyFilesChanged({
      added: [],
      changed: ['harbour.txt'],
      removed: [],
    });
    await expect.poll(() => events.some((e) => e.event === 'annotations.changed')).toBe(true);
    const got = await client.call('annotations.get', { id: a.id });
    expect(got.state).toBe('moved');
    expect(got.current?.start).toBe(a.position.start + 'Breaking.\n\n'.length);
  });

  it("a deleted file's annotations stay as orphans with their quotes", async () => {
    const a = await client.call('annotations.create', { docId: 'other.txt', start: 0, end: 13 });
    await rm(path.join(root, 'other.txt'));
    const again = await openClient();
    expect(await again.call('annotations.list', { state: 'orphan' })).toMatchObject([
      { id: a.id, docId: 'other.txt', state: 'orphan', quote: { exact: 'Another story' } },
    ]);
  });

  it('filters by tag, colour, entity, issue, state, document and text', async () => {
    await client.call('annotations.create', {
      docId: 'harbour.txt',
      ...offsets(ARTICLE, 'city council'),
      tags: ['gov'],
      color: 'blue',
    });
    await client.call('annotations.create', {
      docId: 'harbour.txt',
      ...offsets(ARTICLE, 'union'),
      entity: { name: "Fishermen's union", type: 'organisation' },
      issue: { title: 'Harbour funding', stance: 'blocks' },
      note: 'strong objection',
    });
    await client.call('annotations.create', { docId: 'other.txt', start: 0, end: 7 });
    expect(await client.call('annotations.list', { tag: 'GOV' })).toHaveLength(1);
    expect(await client.call('annotations.list', { color: 'blue' })).toHaveLength(1);
    expect(await client.call('annotations.list', { entity: "fishermen's union" })).toHaveLength(1);
    expect(await client.call('annotations.list', { issue: 'harbour funding' })).toHaveLength(1);
    expect(await client.call('annotations.list', { docId: 'other.txt' })).toHaveLength(1);
    expect(await client.call('annotations.list', { text: 'OBJECTION' })).toHaveLength(1);
    expect(await client.call('annotations.list', { state: 'anchored' })).toHaveLength(3);
  });

  it('binds tags to keys and colours; a bound colour follows the tag on create', async () => {
    await client.call('annotations.bindTag', { tag: 'Evidence', key: 1, color: 'pink' });
    const bound = await client.call('annotations.bindTag', { tag: 'Claim', key: 1, color: null });
    expect(bound).toEqual([
      { tag: 'Claim', key: 1, color: null },
      { tag: 'Evidence', key: null, color: 'pink' },
    ]);
    const a = await client.call('annotations.create', {
      docId: 'harbour.txt',
      ...offsets(ARTICLE, 'union'),
      tags: ['evidence'],
    });
    expect(a.color).toBe('pink');
    expect((await client.call('annotations.tags', {})).used).toEqual([{ tag: 'evidence', count: 1 }]);
  });

  it('rejects an empty or out-of-range selection with a message saying what to do', async () => {
    const r = await client.request('annotations.create', { docId: 'harbour.txt', start: 5, end: 5 });
    expect(r).toMatchObject({ ok: false, code: 'invalid_params' });
    const missing = await client.request('annotations.create', { docId: 'nope.txt', start: 0, end: 1 });
    expect(missing).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('a newer-schema sidecar opens read-only: annotations shown, edits refused with both versions named', async () => {
    const a = await client.call('annotations.create', {
      docId: 'harbour.txt',
      ...offsets(ARTICLE, 'city council'),
    });
    const file = path.join(root, '.dossier', 'annotations.json');
    const json = JSON.parse(await readFile(file, 'utf8')) as { schemaVersion: number };
    json.schemaVersion = 7;
    await writeFile(file, JSON.stringify(json));
    const before = await readFile(file, 'utf8');
    const again = await openClient();
    expect(await again.call('annotations.list', {})).toHaveLength(1);
    const status = await again.call('annotations.status', {});
    expect(status.readOnly).toBe(true);
    expect(status.message).toMatch(/schema 7.*schema 1/);
    expect(await again.request('annotations.update', { id: a.id, note: 'x' })).toMatchObject({
      ok: false,
      code: 'read_only',
    });
    expect(await readFile(file, 'utf8')).toBe(before);
  });
});

describe('two hosts on one folder', () => {
  it('see each other’s annotations and never lose them', async () => {
    const other = await openClient();
    const text = ARTICLE;
    const mine = await client.call('annotations.create', {
      docId: 'harbour.txt',
      ...offsets(text, 'city council'),
    });
    const theirs = await other.call('annotations.create', {
      docId: 'harbour.txt',
      ...offsets(text, 'union'),
    });
    await client.call('annotations.update', { id: mine.id, note: 'from host A' });
    const seenByOther = await other.call('annotations.list', {});
    expect(seenByOther.map((a) => a.id).sort()).toEqual([mine.id, theirs.id].sort());
    expect(seenByOther.find((a) => a.id === mine.id)?.note).toBe('from host A');
    events.length = 0;
    await other.call('annotations.update', { id: theirs.id, tags: ['b'] });
    // The first host's poll notices the save and tells its clients.
    await expect
      .poll(
        () =>
          events.some(
            (e) => e.event === 'annotations.changed' && e.payload.reason === 'saved by another window',
          ),
        {
          timeout: 8000,
        },
      )
      .toBe(true);
    expect((await client.call('annotations.get', { id: theirs.id })).tags).toEqual(['b']);
  });
});
