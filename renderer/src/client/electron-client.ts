import type { EventName, MethodName, Reply } from '../../../shared/contract';
import { ClientError, type DossierClient } from './types';

type Bridge = Record<string, Record<string, (params: unknown) => Promise<Reply<unknown>>>> & {
  on(event: string, cb: (payload: unknown) => void): () => void;
  pathForFile(file: File): string;
};

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a browser. Only renderer/src/client may read it. */
    dossier?: unknown;
  }
}

/** True when running inside the desktop app (the preload exposed the bridge). */
export function hasElectronBridge(): boolean {
  return typeof window !== 'undefined' && typeof window.dossier === 'object' && window.dossier !== null;
}

/** A client over the preload bridge `window.dossier`. */
export function createElectronClient(): DossierClient {
  const bridge = window.dossier as Bridge;
  return {
    host: 'electron',
    async call(method: MethodName, params: unknown) {
      const [domain, verb] = method.split('.') as [string, string];
      const fn = bridge[domain]?.[verb];
      if (!fn) throw new ClientError('unknown_method', `client: the desktop bridge has no ${method}`);
      const reply = await fn(params);
      if (!reply.ok) throw new ClientError(reply.code, reply.message);
      return reply.value as never;
    },
    on(event: EventName, listener: (payload: never) => void) {
      return bridge.on(event, listener as (p: unknown) => void);
    },
    pathForFile(file: File) {
      return bridge.pathForFile(file) || null;
    },
  };
}
