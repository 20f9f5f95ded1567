import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalClient } from '../../../../../electron/hosts/local/local-client';
import { tempDir } from '../../../../support/temp';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c().catch(() => undefined);
});

const ARTICLE = ` date 2025-12-04
Kyiv and Moscow at odds over guarantees

KYIV — Ukrainian President Volodymyr Zelensky said on Thursday that security guarantees remain unresolved. Zelensky told reporters that Kyiv would never accept a deal without them.
Zelenskyy later insisted on guarantees backed by Western troops. Kremlin spokesman Dmitry Peskov said any deployment of Western troops was unacceptable, and Peskov repeated that the question of territory remains unresolved.
`;

async function open() {
  const t = await tempDir();
  cleanups.push(t.cleanup);
  const dir = path.join(t.dir, 'articles');
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'guarantees.txt'), ARTICLE);
  const client = await LocalClient.create({ dataDir: t.dir, cacheDir: t.dir, version: 'test' });
  await client.call('workspace.open', { path: dir });
  const [doc] = await client.call('documents.list', {});
  if (!doc) throw new Error('no document');
  const text = (await client.call('documents.get', { id: doc.id })).text;
  const span = (quote: string) => {
    const start = text.indexOf(quote);
    if (start < 0) throw new Error(`not in text: ${quote}`);
    return { docId: doc.id, start, end: start + quote.length };
  };
  return { client, span };
}

describe('editing issues', () => {
  it('edits title, description, colour, aliases and parent; refuses loops with a clear message', async () => {
    const { client } = await open();
    const security = await client.call('issues.create', { title: 'Security' });
    const guarantees = await client.call('issues.create', { title: 'Guarantees' });
    const troops = await client.call('issues.create', { title: 'Western troops' });
    const edited = await client.call('issues.update', {
      id: guarantees.id,
      title: 'Security guarantees',
      description: 'Who protects Ukraine after a ceasefire.',
      colour: '#2ca02c',
      aliases: ['guarantees', 'Article 5-like protection'],
      parentId: security.id,
    });
    expect(edited).toMatchObject({
      title: 'Security guarantees',
      description: 'Who protects Ukraine after a ceasefire.',
      colour: '#2ca02c',
      aliases: ['guarantees', 'Article 5-like protection'],
      parentId: security.id,
    });
    await client.call('issues.update', { id: troops.id, parentId: guarantees.id });

    const self = await client.request('issues.update', { id: security.id, parentId: security.id });
    expect(self).toMatchObject({ ok: false, code: 'invalid_params' });
    expect(JSON.stringify(self)).toContain('cannot sit under itself');
    // Security → Guarantees → Western troops: putting Security under its grandchild is a loop.
    const loop = await client.request('issues.update', { id: security.id, parentId: troops.id });
    expect(loop).toMatchObject({ ok: false, code: 'invalid_params' });
    expect(JSON.stringify(loop)).toContain('one of its own sub-issues');
    const list = await client.call('issues.list', {});
    expect(list.find((i) => i.id === security.id)?.parentId).toBeNull();

    // Back to the top level.
    const top = await client.call('issues.update', { id: troops.id, parentId: null });
    expect(top.parentId).toBeNull();
  });

  it('deletes an issue: evidence links go, sub-issues move up, annotations stay; restore undoes it', async () => {
    const { client, span } = await open();
    const parent = await client.call('issues.create', { title: 'Security' });
    const issue = await client.call('issues.create', { title: 'Guarantees', parentId: parent.id });
    const child = await client.call('issues.create', { title: 'Western troops', parentId: issue.id });
    await client.call('issues.link', {
      issueId: issue.id,
      ...span('security guarantees remain unresolved'),
      stance: 'raises',
    });
    const annotation = await client.call('annotations.create', {
      ...span('any deployment of Western troops was unacceptable'),
      issue: { id: issue.id, title: 'Guarantees', stance: 'blocks' },
    });

    const removed = await client.call('issues.remove', { id: issue.id });
    expect(removed).toEqual({ removed: 1, evidence: 1, children: 1 });
    let list = await client.call('issues.list', {});
    expect(list.map((i) => i.title).sort()).toEqual(['Security', 'Western troops']);
    expect(list.find((i) => i.id === child.id)?.parentId).toBe(parent.id);
    expect((await client.call('annotations.get', { id: annotation.id })).issue?.id).toBe(issue.id);

    const restored = await client.call('issues.restore', { id: issue.id });
    expect(restored.title).toBe('Guarantees');
    list = await client.call('issues.list', {});
    const back = list.find((i) => i.id === issue.id);
    expect(back?.evidence.map((e) => e.stance).sort()).toEqual(['blocks', 'raises']);
    expect(list.find((i) => i.id === child.id)?.parentId).toBe(issue.id);

    const twice = await client.request('issues.restore', { id: issue.id });
    expect(twice).toMatchObject({ ok: false, code: 'not_found' });
    expect(await client.call('issues.remove', { id: 'issue-none' })).toEqual({
      removed: 0,
      evidence: 0,
      children: 0,
    });
  });

  it('changes stance and actor of evidence, and of an annotation (undoable there); unlinks both', async () => {
    const { client, span } = await open();
    const issue = await client.call('issues.create', { title: 'Guarantees' });
    const ev = await client.call('issues.link', {
      issueId: issue.id,
      ...span('security guarantees remain unresolved'),
      stance: 'raises',
      actor: 'Zelensky',
    });
    const changed = await client.call('issues.updateEvidence', {
      id: ev.id,
      stance: 'blocks',
      actor: 'Kyiv',
    });
    expect(changed).toMatchObject({ stance: 'blocks', actor: 'Kyiv', entityId: null });

    const annotation = await client.call('annotations.create', {
      ...span('any deployment of Western troops was unacceptable'),
      issue: { id: issue.id, title: 'Guarantees', stance: 'raises' },
    });
    const annEvidence = `ann:${annotation.id}`;
    const viaAnnotation = await client.call('issues.updateEvidence', {
      id: annEvidence,
      stance: 'blocks',
      actor: 'Dmitry Peskov',
    });
    expect(viaAnnotation).toMatchObject({ stance: 'blocks', actor: 'Dmitry Peskov', issueId: issue.id });
    expect((await client.call('annotations.get', { id: annotation.id })).issue?.stance).toBe('blocks');
    await client.call('annotations.undo', {});
    expect((await client.call('annotations.get', { id: annotation.id })).entity).toBeNull();

    expect(await client.call('issues.unlink', { id: annEvidence })).toEqual({ removed: 1 });
    expect((await client.call('annotations.get', { id: annotation.id })).issue).toBeNull();
    expect(await client.call('issues.unlink', { id: ev.id })).toEqual({ removed: 1 });
    expect(await client.call('issues.unlink', { id: ev.id })).toEqual({ removed: 0 });
    const [view] = await client.call('issues.list', {});
    expect(view?.evidence).toEqual([]);
  });

  it('links actors to entities: spellings and titles of one person are one actor; a pin wins', async () => {
    const { client, span } = await open();
    const issue = await client.call('issues.create', { title: 'Guarantees' });
    const link = (quote: string, actor: string) =>
      client.call('issues.link', { issueId: issue.id, ...span(quote), stance: 'raises', actor });
    await link('security guarantees remain unresolved', 'Ukrainian President Volodymyr Zelensky');
    await link('Kyiv would never accept a deal without them', 'Zelensky');
    await link('insisted on guarantees backed by Western troops', 'Zelenskyy');
    const raw = await link('question of territory remains unresolved', 'Western diplomats');

    const [view] = await client.call('issues.list', {});
    const keys = new Map(view?.evidence.map((e) => [e.actor, e.actorKey]));
    const zel = keys.get('Zelensky');
    expect(zel).toMatch(/^entity:/);
    expect(keys.get('Zelenskyy')).toBe(zel);
    expect(keys.get('Ukrainian President Volodymyr Zelensky')).toBe(zel);
    const named = view?.evidence.find((e) => e.actor === 'Zelensky');
    expect(named?.entityName).toMatch(/Zelensk/);
    expect(view?.evidence.find((e) => e.id === raw.id)).toMatchObject({
      entityId: null,
      entityName: null,
      actorKey: expect.stringMatching(/^name:/),
    });

    const candidates = await client.call('issues.actorCandidates', { query: 'Peskov' });
    expect(candidates[0]).toMatchObject({ name: 'Dmitry Peskov', type: 'person', resolved: true });
    // The analyst pins the raw actor to Peskov's entity; then un-pins a Zelensky passage to no entity.
    await client.call('issues.updateEvidence', { id: raw.id, entityId: candidates[0]?.entityId ?? null });
    const zelPassage = view?.evidence.find((e) => e.actor === 'Zelensky');
    await client.call('issues.updateEvidence', { id: zelPassage?.id ?? '', entityId: null });
    const [after] = await client.call('issues.list', {});
    expect(after?.evidence.find((e) => e.id === raw.id)).toMatchObject({
      entityName: 'Dmitry Peskov',
      actorKey: `entity:${candidates[0]?.entityId}`,
    });
    expect(after?.evidence.find((e) => e.id === zelPassage?.id)).toMatchObject({
      entityId: null,
      actorLink: 'pinned',
      actorKey: 'name:zelenski',
    });
    // Back to automatic: the name resolves again.
    await client.call('issues.updateEvidence', { id: zelPassage?.id ?? '', actorLink: 'auto' });
    const [auto] = await client.call('issues.list', {});
    expect(auto?.evidence.find((e) => e.id === zelPassage?.id)?.actorKey).toBe(zel);
  }, 60_000);

  it('cites any passage or annotation in a status change, not only the issue’s evidence', async () => {
    const { client, span } = await open();
    const issue = await client.call('issues.create', { title: 'Territory' });
    const byPassage = await client.call('issues.setStatus', {
      id: issue.id,
      status: 'contested',
      cites: { passage: span('the question of territory remains unresolved') },
    });
    expect(byPassage.history.at(-1)?.cites?.passage?.quote).toBe(
      'the question of territory remains unresolved',
    );
    // Undated by the analyst: the change is dated by the cited document.
    expect(byPassage.history.at(-1)?.at).toBe('2025-12-04');
    const annotation = await client.call('annotations.create', { ...span('Kyiv would never accept a deal') });
    const byAnnotation = await client.call('issues.setStatus', {
      id: issue.id,
      status: 'open',
      cites: { evidenceId: `ann:${annotation.id}` },
    });
    expect(byAnnotation.history.at(-1)?.cites).toMatchObject({
      annotationId: annotation.id,
      passage: { quote: 'Kyiv would never accept a deal' },
    });
  });
});
