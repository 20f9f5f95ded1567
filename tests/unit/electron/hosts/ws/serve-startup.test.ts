import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startServeHost, type ServeHost } from '../../../../../electron/hosts/ws/serve-host';
import { tempDir } from '../../../../support/temp';

let cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

async function setup(files: number) {
  const t = await tempDir();
  cleanups.push(t.cleanup);
  const folder = path.join(t.dir, 'articles');
  await mkdir(folder, { recursive: true });
  for (let i = 0; i < files; i++)
    await writeFile(
      path.join(folder, `a${i}.txt`),
      `Talks resume ${i}\n\nGENEVA: Negotiators met again on day ${i} and said little.\n`,
    );
  const options = {
    port: 0,
    rendererDir: t.dir,
    dataDir: path.join(t.dir, 'data'),
    cacheDir: path.join(t.dir, 'cache'),
    version: 'test',
    token: 't',
  };
  return { folder, options, dir: t.dir };
}

function call(host: ServeHost, method: string): Promise<{ ok: boolean; value?: unknown }> {
  const ws = new WebSocket(`ws://127.0.0.1:${host.port}/ws`, { headers: { cookie: 'dossier_token=t' } });
  return new Promise((resolve, reject) => {
    ws.once('error', reject);
    ws.once('open', () => ws.send(JSON.stringify({ id: 1, method, params: {} })));
    ws.on('message', (data) => {
      const m = JSON.parse(String(data)) as { id?: number; reply?: { ok: boolean; value?: unknown } };
      if (m.id !== 1 || !m.reply) return;
      ws.close();
      resolve(m.reply);
    });
  });
}

describe('serve start-up with a folder', () => {
  it('refuses a folder that does not exist at once, saying so', async () => {
    const { options, dir } = await setup(0);
    await expect(startServeHost({ ...options, folder: path.join(dir, 'missing') })).rejects.toThrow(
      /does not exist/,
    );
  });

  it('answers which folder is open with the folder once it is open, whenever the page asks', async () => {
    const { folder, options } = await setup(40);
    const host = await startServeHost({ ...options, folder });
    cleanups.push(() => host.close());
    const current = await call(host, 'workspace.current');
    expect(current.ok).toBe(true);
    expect(current.value).toMatchObject({ root: folder, documents: 40 });
    await host.opened;
  });

  it('stops while the folder is still being read, without reading the rest', async () => {
    const { folder, options } = await setup(120);
    const host = await startServeHost({ ...options, folder });
    await host.close();
    await host.opened;
    expect(host.services.session.maybeWorkspace()).toBeNull();
  });
});
