import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The Electron binary, or why it is not available (the download is skipped on machines without network). */
export function findElectron(): { path: string } | { path: null; reason: string } {
  let binary: unknown;
  try {
    binary = createRequire(__filename)('electron');
  } catch (e) {
    return { path: null, reason: `Electron binary not installed (${(e as Error).message.split('\n')[0]})` };
  }
  if (typeof binary !== 'string')
    return { path: null, reason: 'the electron package did not return a binary path' };
  return existsSync(binary)
    ? { path: binary }
    : { path: null, reason: `Electron binary missing at ${binary}` };
}
