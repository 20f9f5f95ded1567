import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    expect(json.suggested.map((s) => s.topic).sort()).toEqual(['sanctions', 'territory']);
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
    expect(r.out).toContain('Suggested from the text (2 topics)');
    const missing = await cli('issues', path.join(dir, 'nope'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/does not exist/);
  });
});
