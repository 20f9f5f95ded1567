import fc from 'fast-check';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { METHODS } from '../../../../../shared/contract';
import { startServeHost, type ServeHost } from '../../../../../electron/hosts/ws/serve-host';
import { tempDir } from '../../../../support/temp';

// Random and malformed messages at every method: the host must answer each with a reply (never crash,
// never hang) and keep serving valid calls afterwards.
let host: ServeHost;
let cleanup: () => Promise<void>;
let ws: WebSocket;
const replies = new Map<number, (reply: unknown) => void>();
let anonymous: ((reply: unknown) => void)[] = [];

beforeAll(async () => {
  const t = await tempDir();
  cleanup = t.cleanup;
  const folder = path.join(t.dir, 'articles');
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'a.txt'), 'Talks resume\n\nGENEVA: text.\n');
  host = await startServeHost({
    folder,
    port: 0,
    rendererDir: t.dir,
    dataDir: path.join(t.dir, 'data'),
    cacheDir: path.join(t.dir, 'cache'),
    version: 'test',
    token: 't',
  });
  await host.opened;
  ws = new WebSocket(`ws://127.0.0.1:${host.port}/ws`, { headers: { cookie: 'dossier_token=t' } });
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  ws.on('message', (data) => {
    const m = JSON.parse(String(data));
    if (!('reply' in m)) return;
    const waiter = m.id >= 0 ? replies.get(m.id) : anonymous.shift();
    if (m.id >= 0) replies.delete(m.id);
    waiter?.(m.reply);
  });
});
afterAll(async () => {
  ws.close();
  await host.close();
  await cleanup();
});

let nextId = 1;
function send(message: unknown, raw = false): Promise<{ ok: boolean; code?: string }> {
  return new Promise((resolve) => {
    const text = raw ? String(message) : JSON.stringify(message);
    let id = -1;
    try {
      const parsed = JSON.parse(text);
      // The host echoes any usable id, even on a malformed envelope.
      if (parsed && Number.isSafeInteger(parsed.id) && parsed.id >= 0) id = parsed.id;
    } catch {
      id = -1;
    }
    if (id >= 0) replies.set(id, resolve as (r: unknown) => void);
    else anonymous.push(resolve as (r: unknown) => void);
    ws.send(text);
  });
}

describe('serve host under random messages', () => {
  it('answers well-formed envelopes with random params at every method', async () => {
    // workspace.open with a random string would legitimately open (and scan) that folder, e.g. "..":
    // it gets wrongly typed params only, below.
    const methods = METHODS.filter((m) => m !== 'workspace.open');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...methods),
        fc.anything({ withNullPrototype: true, maxDepth: 3 }),
        async (method, params) => {
          const reply = await send({ id: nextId++, method, params });
          expect(typeof reply.ok).toBe('boolean');
          if (!reply.ok) expect(typeof reply.code).toBe('string');
        },
      ),
      { numRuns: 300 },
    );
  }, 120_000);

  it('rejects workspace.open params of the wrong shape without opening anything', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.integer(),
          fc.constant(null),
          fc.array(fc.string()),
          fc.record({ path: fc.oneof(fc.integer(), fc.constant(''), fc.boolean()) }),
        ),
        async (params) => {
          const reply = await send({ id: nextId++, method: 'workspace.open', params });
          expect(reply).toMatchObject({ ok: false, code: 'invalid_params' });
        },
      ),
      { numRuns: 100 },
    );
  });

  it('answers malformed envelopes and non-JSON with an error reply', async () => {
    anonymous = [];
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.json(), fc.constant('{"id":-5}'), fc.constant('[]'), fc.constant('null')),
        async (text) => {
          const reply = await send(text, true);
          expect(typeof reply.ok).toBe('boolean');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('still serves a valid call afterwards', async () => {
    const reply = (await send({ id: nextId++, method: 'documents.list', params: {} })) as {
      ok: boolean;
      value?: { id: string }[];
    };
    expect(reply.ok).toBe(true);
    expect(reply.value?.map((d) => d.id)).toContain('a.txt');
  });
});
