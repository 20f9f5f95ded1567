import { createElectronClient, hasElectronBridge } from './electron-client';
import { createWsClient } from './ws-client';
import type { DossierClient } from './types';

export { ClientError, type DossierClient } from './types';

/** The client for wherever the renderer runs: the desktop bridge, or the serve host's WebSocket. */
export function createClient(): DossierClient {
  return hasElectronBridge() ? createElectronClient() : createWsClient();
}
