import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { IPC_CHANNEL_PREFIX, IPC_EVENT_CHANNEL, type MethodName } from '../../../shared/contract';
import type { Services } from '../../services';
import { registerAll } from '../register';

/** The origin our renderer is served from (electron/main/protocol.ts). */
export const APP_ORIGIN = 'dossier-app://app';

/**
 * True only for our own page's top frame: a sub-frame or a foreign origin never reaches the services
 * (CVE-2022-29247 class). Same rule as VS Code's validatedIpcMain.
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  if (!frame || frame !== event.sender.mainFrame) return false;
  try {
    return new URL(frame.url).origin === APP_ORIGIN || frame.url.startsWith(`${APP_ORIGIN}/`);
  } catch {
    return false;
  }
}

/**
 * Registers one `ipcMain.handle` per contract method. Each window has its own services; `servicesFor`
 * finds them by the sending WebContents. Returns the methods registered.
 */
export function installIpcHost(
  ipc: Pick<IpcMain, 'handle'>,
  servicesFor: (sender: WebContents) => Services | null,
): MethodName[] {
  return registerAll<IpcMainInvokeEvent>(
    (event) => (isTrustedSender(event) ? (servicesFor(event.sender)?.handlers ?? null) : null),
    (method, handler) =>
      ipc.handle(IPC_CHANNEL_PREFIX + method, (event, raw: unknown) => handler(raw, event)),
  );
}

/** Forwards a window's service events to its renderer. */
export function forwardEvents(services: Services, contents: WebContents): () => void {
  return services.session.events.subscribe((message) => {
    if (!contents.isDestroyed()) contents.send(IPC_EVENT_CHANNEL, message);
  });
}
