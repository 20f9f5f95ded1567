import { mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startServeHost, type ServeHost } from '../../../../../electron/hosts/ws/serve-host';
import { tempDir } from '../../../../support/temp';

let host: ServeHost;
let cleanup: () => Promise<void>;
let folder: string;

beforeAll(async () => {
  const t = await tempDir();
  cleanup = t.cleanup;
  const renderer = path.join(t.dir, 'renderer');
  folder = path.join(t.dir, 'articles');
  await mkdir(renderer, { recursive: true });
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(renderer, 'index.html'), '<!doctype html><title>Dossier</title>');
  await writeFile(path.join(t.dir, 'secret.txt'), 'outside the renderer');
  await writeFile(path.join(folder, 'a.txt'), ' date 2025-12-04\nTalks resume\n\nGENEVA: text.\n');
  host = await startServeHost({
    folder,
    port: 0,
    rendererDir: renderer,
    dataDir: path.join(t.dir, 'data'),
    cacheDir: path.join(t.dir, 'cache'),
    version: 'test',
    token: 'test-token',
  });
  await host.opened;
});
afterAll(async () => {
  await host.close();
  await cleanup();
});

function get(
  pathname: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        path: pathname,
        headers: { host: `127.0.0.1:${host.port}`, ...headers },
      },
      (res) => {
        let body = '';
        res.on('data', (d) => (body += String(d)));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}
const cookie = 'dossier_token=test-token';

describe('serve host HTTP', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
  });
  it('answers 401 without the token', async () => {
    expect((await get('/')).status).toBe(401);
  });
  it('answers 401 for a wrong token', async () => {
    expect((await get('/?token=nope')).status).toBe(401);
  });
  it('trades a good token for an HttpOnly SameSite cookie and strips it from the URL', async () => {
    const r = await get('/?token=test-token');
    expect(r.status).toBe(302);
    expect(r.headers.location).toBe('/');
    expect(String(r.headers['set-cookie'])).toMatch(/dossier_token=test-token; HttpOnly; SameSite=Strict/);
  });
  it('serves the page with a strict CSP once the cookie is set', async () => {
    const r = await get('/', { cookie });
    expect(r.status).toBe(200);
    expect(r.body).toContain('<title>Dossier</title>');
    expect(String(r.headers['content-security-policy'])).toContain("default-src 'none'");
  });
  it('answers 403 to a foreign Host header (DNS rebinding)', async () => {
    expect((await get('/', { cookie, host: 'evil.example' })).status).toBe(403);
  });
  it('answers 403 to a foreign Origin', async () => {
    expect((await get('/', { cookie, origin: 'https://evil.example' })).status).toBe(403);
  });
  it('never serves files outside the renderer folder', async () => {
    expect((await get('/../secret.txt', { cookie })).status).toBe(404);
    expect((await get('/%2e%2e/secret.txt', { cookie })).status).toBe(404);
  });
});

function connect(headers: Record<string, string>): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${host.port}/ws`, { headers });
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once('error', reject);
  });
}
function ask(
  ws: WebSocket,
  message: string,
): Promise<{ id: number; reply: { ok: boolean; code?: string; value?: unknown } }> {
  return new Promise((resolve) => {
    const onMessage = (data: WebSocket.RawData) => {
      const parsed = JSON.parse(String(data));
      if ('reply' in parsed) {
        ws.off('message', onMessage);
        resolve(parsed);
      }
    };
    ws.on('message', onMessage);
    ws.send(message);
  });
}

describe('serve host WebSocket', () => {
  it('refuses an upgrade without the cookie (401) or from a foreign Origin (403)', async () => {
    await expect(connect({})).rejects.toThrow('HTTP 401');
    await expect(connect({ cookie, origin: 'https://evil.example' })).rejects.toThrow('HTTP 403');
  });
  it('speaks the contract and keeps serving after malformed messages', async () => {
    const ws = await connect({ cookie, origin: `http://127.0.0.1:${host.port}` });
    try {
      expect((await ask(ws, 'not json')).reply).toMatchObject({ ok: false, code: 'invalid_params' });
      expect(
        (await ask(ws, JSON.stringify({ id: 1, method: 'documents.get', params: { id: 7 } }))).reply,
      ).toMatchObject({ ok: false, code: 'invalid_params' });
      expect(
        (await ask(ws, JSON.stringify({ id: 2, method: 'shell.exec', params: {} }))).reply,
      ).toMatchObject({ ok: false, code: 'unknown_method' });
      const list = await ask(ws, JSON.stringify({ id: 3, method: 'documents.list', params: {} }));
      expect(list.id).toBe(3);
      expect(list.reply.ok).toBe(true);
      expect((list.reply.value as { id: string }[]).map((d) => d.id)).toContain('a.txt');
    } finally {
      ws.close();
    }
  });
});
