import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../electron/hosts/register';
import type { Handlers } from '../../../../electron/services';
import { DossierError } from '../../../../electron/services/errors';

const handlersWith = (overrides: Partial<Record<string, (p: unknown) => Promise<unknown>>>) =>
  overrides as unknown as Handlers;

describe('dispatch', () => {
  it('answers an unknown method with unknown_method', async () => {
    expect(await dispatch(handlersWith({}), 'nope.nothing', {})).toMatchObject({
      ok: false,
      code: 'unknown_method',
    });
  });

  it('rejects params outside the schema with the issue path', async () => {
    const reply = await dispatch(handlersWith({}), 'documents.get', { id: 42 });
    expect(reply).toMatchObject({ ok: false, code: 'invalid_params' });
    expect(!reply.ok && reply.message).toContain('id');
  });

  it('turns a DossierError into its code and message', async () => {
    const reply = await dispatch(
      handlersWith({
        'documents.get': async () =>
          Promise.reject(new DossierError('not_found', 'documents: no document "x"')),
      }),
      'documents.get',
      { id: 'x' },
    );
    expect(reply).toEqual({ ok: false, code: 'not_found', message: 'documents: no document "x"' });
  });

  it('turns any other throw into internal, naming the method', async () => {
    const reply = await dispatch(
      handlersWith({ 'workspace.recent': async () => Promise.reject(new TypeError('boom')) }),
      'workspace.recent',
      {},
    );
    expect(reply).toMatchObject({ ok: false, code: 'internal' });
    expect(!reply.ok && reply.message).toContain('workspace.recent');
  });

  it('refuses to send a result outside the schema', async () => {
    const reply = await dispatch(
      handlersWith({ 'workspace.recent': async () => [1, 2] }),
      'workspace.recent',
      {},
    );
    expect(reply).toMatchObject({ ok: false, code: 'internal' });
  });

  it('passes a valid result through', async () => {
    expect(
      await dispatch(handlersWith({ 'workspace.recent': async () => ['/a'] }), 'workspace.recent', {}),
    ).toEqual({ ok: true, value: ['/a'] });
  });
});
