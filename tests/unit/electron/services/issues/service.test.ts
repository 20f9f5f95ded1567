import { afterEach, describe, expect, it } from 'vitest';
import { LocalClient } from '../../../../../electron/hosts/local/local-client';
import { copyFolder, SAMPLE_FOLDER, tempDir } from '../../../../support/temp';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  // Background index builds may still be writing into the cache dir; a leftover temp dir is harmless.
  for (const c of cleanups.splice(0)) await c().catch(() => undefined);
});

async function open(folder?: string) {
  const copy = folder ? { dir: folder, cleanup: async () => undefined } : await copyFolder(SAMPLE_FOLDER);
  const data = await tempDir();
  cleanups.push(copy.cleanup, data.cleanup);
  const client = await LocalClient.create({ dataDir: data.dir, cacheDir: data.dir, version: 'test' });
  await client.call('workspace.open', { path: copy.dir });
  return { client, dir: copy.dir };
}

describe('issues service', () => {
  it('accepts a suggestion, cites evidence in a status change, and keeps rejections across re-open', async () => {
    const { client, dir } = await open();
    const suggestions = await client.call('issues.suggestions', {});
    const preview = suggestions.find((s) => s.topic === 'territory');
    // The list carries counts and the first passages; `issues.suggestion` gives all of them.
    expect(preview?.evidence.length).toBe(5);
    const territory = await client.call('issues.suggestion', { topic: 'territory' });
    expect(territory?.evidence.length).toBe(preview?.evidenceCount);
    // The first passages, the last swapped for the sample passage when it comes later.
    expect(territory?.evidence.slice(0, 4)).toEqual(preview?.evidence.slice(0, 4));
    const sample = territory?.evidence.find((e) => e.key === territory.sampleKey);
    expect(sample).toBeDefined();
    expect(preview?.evidence).toContainEqual(sample);
    expect(territory?.docCount).toBe(new Set(territory?.evidence.map((e) => e.docId)).size);
    const stances = territory?.evidence.map((e) => e.stance) ?? [];
    for (const [stance, n] of Object.entries(territory?.stances ?? {}))
      expect(stances.filter((x) => x === stance).length).toBe(n);
    const everything = await client.call('issues.suggestions', { preview: 'all' });
    expect(everything.find((s) => s.topic === 'territory')).toEqual(territory);
    expect(everything.map((s) => s.topic)).toEqual(suggestions.map((s) => s.topic));
    const top = await client.call('issues.suggestions', { limit: 3 });
    expect(top.map((s) => s.topic)).toEqual(suggestions.slice(0, 3).map((s) => s.topic));
    expect((territory?.evidence.length ?? 0) > 3).toBe(true);

    const issue = await client.call('issues.accept', { topic: 'territory', title: 'Territory' });
    expect(issue.title).toBe('Territory');
    expect(issue.evidence.length).toBe(territory?.evidence.length);
    expect(await client.call('issues.suggestion', { topic: 'territory' })).toBeNull();
    const dates = issue.evidence.map((e) => e.docDate ?? '9999');
    expect([...dates].sort()).toEqual(dates);

    // issue:"…" in search finds the documents holding its evidence.
    const found = await client.call('search.query', { query: 'issue:"territory"', wait: true });
    expect(found.hits.map((h) => h.id).sort()).toEqual(
      [...new Set(issue.evidence.map((e) => e.docId))].sort(),
    );

    const cited = issue.evidence[0];
    const changed = await client.call('issues.setStatus', {
      id: issue.id,
      status: 'contested',
      at: '2025-12-01',
      note: 'Kyiv refuses',
      cites: { evidenceId: cited?.id ?? '' },
    });
    expect(changed.status).toBe('contested');
    expect(changed.history.at(-1)?.cites?.passage?.quote).toBe(cited?.quote);

    const rejected = await client.call('issues.reject', { topic: 'sanctions' });
    expect(rejected.rejected).toBeGreaterThan(0);

    // A fresh host on the same folder reads the sidecar: issue kept, sanctions stay rejected.
    const again = await open(dir);
    const after = await again.client.call('issues.suggestions', {});
    expect(after.find((s) => s.topic === 'sanctions')).toBeUndefined();
    expect(after.find((s) => s.topic === 'territory')).toBeUndefined();
    const list = await again.client.call('issues.list', {});
    expect(list.map((i) => [i.title, i.status])).toEqual([['Territory', 'contested']]);
    // Two hosts each index the whole sample folder: allow more than the default test time.
  }, 90_000);

  it('treats an annotation tagged with the issue (by title) as evidence, with its entity as actor', async () => {
    const { client } = await open();
    const issue = await client.call('issues.create', {
      title: 'Frozen assets',
      aliases: ['immobilised assets'],
    });
    const docs = await client.call('documents.list', {});
    const doc = await client.call('documents.get', { id: docs[0]?.id ?? '' });
    const start = doc.start + 10;
    const annotation = await client.call('annotations.create', {
      docId: doc.id,
      start,
      end: start + 30,
      entity: { name: 'European Commission', type: 'organisation' },
      issue: { title: 'frozen ASSETS', stance: 'blocks' },
    });
    const [view] = await client.call('issues.list', {});
    expect(view?.id).toBe(issue.id);
    expect(view?.evidence).toEqual([
      expect.objectContaining({
        annotationId: annotation.id,
        stance: 'blocks',
        actor: 'European Commission',
        docId: doc.id,
      }),
    ]);
    const cited = await client.call('issues.setStatus', {
      id: issue.id,
      status: 'contested',
      cites: { annotationId: annotation.id },
    });
    expect(cited.history.at(-1)?.cites?.passage?.quote).toBe(annotation.quote.exact);
    // Joining actors with entities waits for the entity model of the whole sample folder.
  }, 90_000);

  it('refuses a status change without a citation', async () => {
    const { client } = await open();
    const issue = await client.call('issues.create', { title: 'Elections' });
    const reply = await client.request('issues.setStatus', { id: issue.id, status: 'resolved', cites: {} });
    expect(reply).toMatchObject({ ok: false, code: 'invalid_params' });
  });
});

describe('issue suggestions and outlets', () => {
  it('never names an outlet of the folder as the actor of a passage', async () => {
    const t = await tempDir();
    cleanups.push(t.cleanup);
    const dir = `${t.dir}/articles`;
    const { mkdir, writeFile } = await import('node:fs/promises');
    await mkdir(dir, { recursive: true });
    await writeFile(
      `${dir}/a.txt`,
      ' date 2025-12-04\nTalks stall over territory\n\nGENEVA (Meridian Wire) — The status of occupied territory remains unresolved, according to Meridian Wire. Kremlin spokesperson Dmitry Peskov said the question of territory remains unresolved.\n',
    );
    const { client } = await open(dir);
    const territory = await client.call('issues.suggestion', { topic: 'territory' });
    const actors = (territory?.evidence ?? []).map((e) => e.actor);
    expect(actors.length).toBeGreaterThan(0);
    expect(actors).not.toContain('Meridian Wire');
  });
});
