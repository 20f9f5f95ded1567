import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalClient } from '../../../../../electron/hosts/local/local-client';
import { cli } from '../../../../support/cli';
import { tempDir } from '../../../../support/temp';

let dir: string;
let cleanup: () => Promise<void>;
const env = { ...process.env };
const TEXT = [
  'Envoys leave without a deal',
  '',
  'GENEVA - Negotiators ended the round on Friday.',
  '',
  'What has not yet been decided:',
  '- Territory: Russia demands that Ukraine withdraw from the rest of the Donetsk region.',
  '- Sanctions relief: Europeans insist relief must follow a verified withdrawal.',
  '',
  'Foreign Minister Sergei Lavrov said the fate of the frozen assets remained unresolved.',
  '',
  'The court rejected the appeal of a local football club.',
  '',
].join('\n');

beforeAll(async () => {
  const t = await tempDir();
  cleanup = t.cleanup;
  dir = path.join(t.dir, 'articles');
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'talks.txt'), TEXT);
  process.env.DOSSIER_DATA_DIR = path.join(t.dir, 'data');
  process.env.DOSSIER_CACHE_DIR = path.join(t.dir, 'cache');
});
afterAll(async () => {
  process.env = env;
  await cleanup().catch(() => undefined);
});

describe('dossier issues', () => {
  it('--json prints exactly {tracked, suggested} with the evidence shape of issue 8', async () => {
    const r = await cli('issues', dir, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as {
      tracked: unknown[];
      suggested: Array<{ topic: string; cue: string; evidence: Array<Record<string, unknown>> }>;
    };
    expect(Object.keys(json)).toEqual(['tracked', 'suggested']);
    expect(json.tracked).toEqual([]);
    expect(json.suggested.map((s) => s.topic).sort()).toEqual(['frozen-assets', 'sanctions', 'territory']);
    const territory = json.suggested.find((s) => s.topic === 'territory');
    expect(territory?.cue).toBe('not yet decided');
    const e = territory?.evidence[0];
    expect(Object.keys(e ?? {})).toEqual(['docId', 'start', 'end', 'quote', 'actor']);
    expect(e).toMatchObject({ docId: 'talks.txt', actor: 'Russia' });
    expect(TEXT.slice(Number(e?.start), Number(e?.end))).toBe(e?.quote);
  });

  it('prints a readable list without --json, and exits 1 for a missing folder', async () => {
    const r = await cli('issues', dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Suggested from the text (3 topics)');
    // Actors print as the entity they resolve to, with its type (ADR 043); the JSON keeps the name as written.
    expect(r.out).toContain('Sergei Lavrov (person): “Foreign Minister Sergei Lavrov said');
    expect(r.out).toContain('Russia (place): “Territory: Russia demands');
    expect(r.out).toContain('Europeans: “Sanctions relief');
    const missing = await cli('issues', path.join(dir, 'nope'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/does not exist/);
  });
  it('prints the actor of tracked evidence as the entity its issue view joined', async () => {
    const data = await tempDir();
    const client = await LocalClient.create({ dataDir: data.dir, cacheDir: data.dir, version: 'test' });
    await client.call('workspace.open', { path: dir });
    await client.call('issues.accept', { topic: 'frozen-assets', title: 'Frozen assets' });
    const r = await cli('issues', dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /Frozen assets {2}— 1 evidence[^\n]*\n {6}Sergei Lavrov \(person\): “Foreign Minister/,
    );
    const json = JSON.parse((await cli('issues', dir, '--json')).out) as {
      tracked: Array<{ evidence: Array<{ actor: string | null }> }>;
    };
    expect(json.tracked[0]?.evidence.map((e) => e.actor)).toEqual(['Sergei Lavrov']);
    await data.cleanup().catch(() => undefined);
  }, 90_000);
});
