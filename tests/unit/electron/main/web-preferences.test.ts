import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from '../../../../electron/main/web-preferences';

describe('secureWebPreferences', () => {
  it('sandboxes and isolates every window, with no Node anywhere', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toMatchObject({
      preload: '/app/preload.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
  });
});
