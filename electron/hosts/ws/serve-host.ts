import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import path from 'node:path';
import { z } from 'zod';
import type { EventMessage, MethodName, Reply } from '../../../shared/contract';
import { createServices, type ServiceOptions, type Services } from '../../services';
import { assertDirectory } from '../../services/session';
import { cancelScan } from '../../services/workspace/open';
import { registerAll, type RawHandler } from '../register';
import { checkHostAndOrigin, cookieToken, RateLimiter, TOKEN_COOKIE, tokenMatches } from './guard';
import { serveStatic } from './static-files';
import { startEventLoopLog } from './event-loop-log';

/**
 * Largest WebSocket message accepted; bigger ones close the connection (1009). Sized to the contract's
 * largest params (an imported export file, base64, up to 140 MB); zod caps every field below this.
 */
export const MAX_MESSAGE_BYTES = 150 * 1024 * 1024;

const RequestId = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const RequestSchema = z.object({
  id: RequestId,
  method: z.string().max(100),
  params: z.unknown().optional(),
});

/** Options of the serve host. */
export interface ServeOptions extends Omit<ServiceOptions, 'host' | 'pickFolder'> {
  /**
   * Folder opened at start. The host listens first and opens it meanwhile (a 100k-file folder takes
   * minutes cold): the page loads at once, shows the scan's progress and then the folder.
   */
  folder?: string;
  /** 0 picks a free port. */
  port: number;
  /** Built renderer (dist/renderer). */
  rendererDir: string;
  /** Fixed token for tests; random by default. */
  token?: string;
}

/** A running serve host. */
export interface ServeHost {
  url: string;
  port: number;
  token: string;
  services: Services;
  registered: MethodName[];
  /** Settles when the start-up folder is open (or failed to open: the reason is on stderr). */
  opened: Promise<void>;
  close(): Promise<void>;
}

/**
 * The `dossier serve` host: one HTTP server on 127.0.0.1 serving the built renderer and a WebSocket that
 * speaks the contract. A random token (URL → HttpOnly cookie) gates every request: 401 without it; a
 * foreign Host or Origin gets 403. All connections share one session, so every tab sees the same folder.
 */
export async function startServeHost(options: ServeOptions): Promise<ServeHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const stopLoopLog = startEventLoopLog(); // opt-in, for `npm run bench` (ui.bench.ts)
  const services = await createServices({ ...options, host: 'serve' });
  // A wrong path still fails at once; the scan and parse run while the page loads.
  const folder = options.folder ? path.resolve(options.folder) : null;
  if (folder) await assertDirectory(folder);
  const opened = folder
    ? services.session.open(folder).then(
        () => undefined,
        (e: unknown) =>
          console.error(
            `serve: could not open ${folder}: ${e instanceof Error ? e.message : String(e)}. Open it again from the page.`,
          ),
      )
    : Promise.resolve();
  // A page that connects mid-scan gets the latest progress at once, not at the next file read.
  let progress: EventMessage | null = null;
  const stopProgress = services.session.events.subscribe((m) => {
    if (m.event === 'index.progress') progress = m.payload.phase === 'done' ? null : m;
  });
  const table = new Map<string, RawHandler>();
  const registered = registerAll(
    () => services.handlers,
    (method, handler) => table.set(method, handler),
  );
  let port = 0;

  const server = createServer((req, res) => {
    void handleHttp(req, res).catch((e) => {
      console.error('serve: request failed:', e);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  async function handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const bad = checkHostAndOrigin(req, port);
    if (bad) return deny(res, 403, `Forbidden: ${bad}.`);
    if (req.method !== 'GET' && req.method !== 'HEAD') return deny(res, 405, 'Method not allowed.');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const fromQuery = url.searchParams.get('token') ?? undefined;
    if (fromQuery !== undefined) {
      if (!tokenMatches(fromQuery, token))
        return deny(
          res,
          401,
          'Unauthorized: the token in this link is wrong. Use the URL printed by `dossier serve`.',
        );
      url.searchParams.delete('token');
      res.writeHead(302, {
        'Set-Cookie': `${TOKEN_COOKIE}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`,
        Location: url.pathname + (url.search || ''),
        'Cache-Control': 'no-store',
      });
      return void res.end();
    }
    if (!tokenMatches(cookieToken(req), token)) {
      return deny(
        res,
        401,
        'Unauthorized: open the URL printed by `dossier serve`, including its ?token=… part.',
      );
    }
    await serveStatic(options.rendererDir, url.pathname, res, port);
  }

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  server.on('upgrade', (req, socket, head) => {
    const bad = checkHostAndOrigin(req, port);
    const path = (req.url ?? '').split('?')[0];
    const status = bad ? 403 : !tokenMatches(cookieToken(req), token) ? 401 : path !== '/ws' ? 404 : 0;
    if (status !== 0) {
      socket.write(
        `HTTP/1.1 ${status} ${status === 403 ? 'Forbidden' : status === 401 ? 'Unauthorized' : 'Not Found'}\r\nConnection: close\r\n\r\n`,
      );
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => onConnection(ws));
  });

  function onConnection(ws: WebSocket): void {
    const limiter = new RateLimiter(500, 1000);
    const unsubscribe = services.session.events.subscribe((message) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
    });
    if (progress) ws.send(JSON.stringify(progress));
    ws.on('close', unsubscribe);
    ws.on('message', (data, isBinary) => {
      void answer(ws, data.toString(), isBinary, limiter);
    });
  }

  async function answer(ws: WebSocket, text: string, isBinary: boolean, limiter: RateLimiter): Promise<void> {
    const json = isBinary ? undefined : safeJson(text);
    // Echo any usable id, even for a malformed or refused message, so the caller can match the reply.
    const loose = RequestId.safeParse((json as { id?: unknown } | null | undefined)?.id);
    const id = loose.success ? loose.data : -1;
    const reply = await replyTo(json, isBinary, limiter);
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ id, reply }));
  }

  async function replyTo(json: unknown, isBinary: boolean, limiter: RateLimiter): Promise<Reply<unknown>> {
    if (!limiter.take())
      return { ok: false, code: 'forbidden', message: 'serve: too many requests; slow down.' };
    if (isBinary)
      return { ok: false, code: 'invalid_params', message: 'serve: binary messages are not accepted.' };
    const parsed = RequestSchema.safeParse(json);
    if (!parsed.success) {
      return {
        ok: false,
        code: 'invalid_params',
        message: 'serve: a message must be {"id": number, "method": string, "params": object}.',
      };
    }
    const handler = table.get(parsed.data.method);
    if (!handler)
      return {
        ok: false,
        code: 'unknown_method',
        message: `contract: there is no method "${parsed.data.method.slice(0, 80)}"`,
      };
    return handler(parsed.data.params, undefined);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${encodeURIComponent(token)}`,
    port,
    token,
    services,
    registered,
    opened,
    close: () =>
      new Promise<void>((resolve) => {
        stopLoopLog();
        stopProgress();
        // Stopping mid-scan must not wait for the rest of the folder to be read.
        cancelScan(services.session);
        for (const client of wss.clients) client.terminate();
        wss.close();
        server.close(() => void services.session.close().finally(resolve));
        server.closeAllConnections();
      }),
  };
}

function deny(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
