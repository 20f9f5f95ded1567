import { describe, expect, it } from 'vitest';
import { installIpcHost, isTrustedSender } from '../../../../../electron/hosts/ipc/ipc-host';
import type { Services } from '../../../../../electron/services';

const mainFrame = { url: 'dossier-app://app/index.html' };
const sender = { id: 1, mainFrame };

describe('isTrustedSender', () => {
  it('accepts our page in the top frame', () => {
    expect(isTrustedSender({ sender, senderFrame: mainFrame } as never)).toBe(true);
  });
  it('rejects a sub-frame even on our origin', () => {
    expect(isTrustedSender({ sender, senderFrame: { url: 'dossier-app://app/x.html' } } as never)).toBe(
      false,
    );
  });
  it('rejects a foreign origin in the top frame', () => {
    const evil = { url: 'https://evil.example/' };
    expect(isTrustedSender({ sender: { id: 1, mainFrame: evil }, senderFrame: evil } as never)).toBe(false);
  });
  it('rejects a destroyed frame', () => {
    expect(isTrustedSender({ sender, senderFrame: null } as never)).toBe(false);
  });
});

describe('installIpcHost', () => {
  it('answers an untrusted sender with forbidden and never reaches the services', async () => {
    const registered = new Map<string, (event: unknown, raw: unknown) => Promise<unknown>>();
    let reached = false;
    const services = {
      handlers: new Proxy({}, { get: () => () => ((reached = true), Promise.resolve([])) }),
    } as unknown as Services;
    installIpcHost({ handle: (c: string, h: never) => void registered.set(c, h) } as never, () => services);
    const handler = registered.get('dossier:workspace.recent');
    const evil = { url: 'https://evil.example/' };
    const reply = await handler?.({ sender: { id: 1, mainFrame: evil }, senderFrame: evil }, {});
    expect(reply).toMatchObject({ ok: false, code: 'forbidden' });
    expect(reached).toBe(false);
    const ok = await handler?.({ sender, senderFrame: mainFrame }, {});
    expect(ok).toEqual({ ok: true, value: [] });
  });
});
