/**
 * The sandboxed preload: exposes `window.dossier` with one function per contract method and `on` for
 * events — nothing else of ipcRenderer ever reaches the page. It imports only the zero-dependency method
 * table (a sandboxed preload cannot require local files, so it is bundled into one file).
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { EVENTS, IPC_CHANNEL_PREFIX, IPC_EVENT_CHANNEL, METHODS } from '../../shared/contract/methods';

type Fn = (params?: unknown) => Promise<unknown>;
const api: Record<string, Record<string, Fn>> = {};
for (const method of METHODS) {
  const [domain, verb] = method.split('.') as [string, string];
  api[domain] ??= {};
  api[domain][verb] = (params?: unknown) => ipcRenderer.invoke(IPC_CHANNEL_PREFIX + method, params ?? {});
}

const eventNames: readonly string[] = EVENTS;

contextBridge.exposeInMainWorld('dossier', {
  ...api,
  /** Subscribes to one service event; returns the unsubscribe function. */
  on(event: string, callback: (payload: unknown) => void): () => void {
    if (!eventNames.includes(event) || typeof callback !== 'function') return () => undefined;
    const listener = (_e: unknown, message: { event: string; payload: unknown }) => {
      if (message && message.event === event) callback(message.payload);
    };
    ipcRenderer.on(IPC_EVENT_CHANNEL, listener);
    return () => ipcRenderer.removeListener(IPC_EVENT_CHANNEL, listener);
  },
  /** The filesystem path of a dropped file or folder (drag-and-drop to open a folder). */
  pathForFile(file: File): string {
    return webUtils.getPathForFile(file);
  },
});
