import type { EventMessage, EventName, MethodName, Reply } from '../../../shared/contract';
import { ClientError, type DossierClient } from './types';

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/**
 * A client over the serve host's WebSocket (same origin; the token cookie authenticates it).
 * Reconnects with backoff; calls made while disconnected wait for the connection.
 */
export function createWsClient(
  url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`,
): DossierClient {
  const pending = new Map<number, Pending>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let nextId = 1;
  let socket: WebSocket;
  let ready: Promise<void>;
  let retry = 0;

  const connect = () => {
    socket = new WebSocket(url);
    ready = new Promise((resolve, reject) => {
      socket.addEventListener('open', () => {
        retry = 0;
        resolve();
      });
      socket.addEventListener('error', () =>
        reject(
          new ClientError('io_error', 'client: cannot reach Dossier. Is `dossier serve` still running?'),
        ),
      );
    });
    ready.catch(() => undefined);
    socket.addEventListener('message', (e) => onMessage(String(e.data)));
    socket.addEventListener('close', () => {
      for (const p of pending.values())
        p.reject(new ClientError('io_error', 'client: the connection to Dossier closed. Reconnecting…'));
      pending.clear();
      retry = Math.min(retry + 1, 6);
      setTimeout(connect, 250 * 2 ** retry);
    });
  };

  const onMessage = (data: string) => {
    let message: unknown;
    try {
      message = JSON.parse(data);
    } catch {
      return;
    }
    if (typeof message !== 'object' || message === null) return;
    if ('event' in message) {
      const { event, payload } = message as EventMessage;
      for (const l of listeners.get(event) ?? []) l(payload);
      return;
    }
    const { id, reply } = message as { id: number; reply: Reply<unknown> };
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    if (reply.ok) p.resolve(reply.value);
    else p.reject(new ClientError(reply.code, reply.message));
  };

  connect();

  return {
    host: 'serve',
    async call(method: MethodName, params: unknown) {
      await ready;
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        socket.send(JSON.stringify({ id, method, params: params ?? {} }));
      }) as never;
    },
    on(event: EventName, listener: (payload: never) => void) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener as (p: unknown) => void);
      return () => set.delete(listener as (p: unknown) => void);
    },
    pathForFile() {
      return null;
    },
  };
}
