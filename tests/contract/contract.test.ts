import { describe, expect, it } from 'vitest';
import { contract, eventSchemas, EVENTS, METHODS, type MethodName } from '../../shared/contract';
import { installIpcHost } from '../../electron/hosts/ipc/ipc-host';
import { LocalClient } from '../../electron/hosts/local/local-client';
import { startServeHost } from '../../electron/hosts/ws/serve-host';
import { createHandlers } from '../../electron/services/handlers';
import { Session } from '../../electron/services/session';
import { tempDir } from '../support/temp';
import { examples } from './examples';

// The contract is one table; these tests fail when a method lacks its schema, service, host
// registration or example — each message says which and where to add it.
const options = (dir: string) => ({
  dataDir: `${dir}/data`,
  cacheDir: `${dir}/cache`,
  version: '0.0.0-test',
});

describe('the contract table', () => {
  it('names the same methods in methods.ts and schemas.ts', () => {
    expect(
      Object.keys(contract).sort(),
      'add the row to shared/contract/domains/<domain>.ts and spread it in schemas.ts',
    ).toEqual([...METHODS].sort());
  });

  it('names the same events in methods.ts and schemas.ts', () => {
    expect(
      Object.keys(eventSchemas).sort(),
      'add the payload to eventSchemas in shared/contract/schemas.ts',
    ).toEqual([...EVENTS].sort());
  });

  it('uses domain.verb names and a doc line for every method', () => {
    for (const method of METHODS) {
      expect(method, `${method} must be domain.verb`).toMatch(/^[a-z]+(\.[a-z][a-zA-Z]*)+$/);
      expect(contract[method].doc.length, `${method} needs a doc line`).toBeGreaterThan(10);
    }
  });

  it('has a service handler for every method', async () => {
    const t = await tempDir();
    try {
      const handlers = createHandlers(new Session({ host: 'local', ...options(t.dir) }));
      const missing = METHODS.filter((m) => typeof handlers[m] !== 'function');
      expect(
        missing,
        'add the handler to electron/services/<domain>/handlers.ts and spread it in services/handlers.ts',
      ).toEqual([]);
    } finally {
      await t.cleanup();
    }
  });

  it.each([...METHODS])(
    '%s: example params and result satisfy the schemas and survive JSON',
    (method: MethodName) => {
      const example = examples[method];
      expect(example, `add an example for ${method} in tests/contract/examples/<domain>.ts`).toBeDefined();
      if (!example) return;
      const spec = contract[method];
      const params = spec.params.parse(example.params);
      const result = spec.result.parse(example.result);
      expect(JSON.parse(JSON.stringify(params))).toEqual(params);
      expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    },
  );
});

describe('every host registers every method', () => {
  it('the in-process host', async () => {
    const t = await tempDir();
    try {
      const client = await LocalClient.create(options(t.dir));
      expect(client.registered.sort()).toEqual([...METHODS].sort());
    } finally {
      await t.cleanup();
    }
  });

  it('the serve host', async () => {
    const t = await tempDir();
    const host = await startServeHost({ ...options(t.dir), port: 0, rendererDir: t.dir });
    try {
      expect(host.registered.sort()).toEqual([...METHODS].sort());
    } finally {
      await host.close();
      await t.cleanup();
    }
  });

  it('the Electron ipc host, on channels dossier:<method>', () => {
    const channels: string[] = [];
    installIpcHost({ handle: (channel: string) => void channels.push(channel) } as never, () => null);
    expect(channels.sort()).toEqual(METHODS.map((m) => `dossier:${m}`).sort());
  });
});
