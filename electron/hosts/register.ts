import type { z } from 'zod';
import { contract, isMethodName, METHODS, type MethodName, type Reply } from '../../shared/contract';
import type { Handlers } from '../services';
import { DossierError } from '../services/errors';

/** A transport-level handler: raw params in, a reply out; never throws. */
export type RawHandler<C = void> = (rawParams: unknown, context: C) => Promise<Reply<unknown>>;

/**
 * Registers one raw handler per contract method on a transport. Nothing is wired by hand: the loop over
 * the contract table is the only place methods meet hosts, so a new row is served everywhere at once.
 * `handlersFor` picks the services for a call's context (the Electron host routes by window; null means
 * the caller is not allowed and gets `forbidden`). Returns the names registered.
 */
export function registerAll<C = void>(
  handlersFor: (context: C) => Handlers | null,
  register: (method: MethodName, handler: RawHandler<C>) => void,
): MethodName[] {
  for (const method of METHODS) {
    register(method, async (raw, context) => {
      const handlers = handlersFor(context);
      if (!handlers)
        return {
          ok: false,
          code: 'forbidden',
          message: `${method}: this caller may not use Dossier's services.`,
        };
      return dispatch(handlers, method, raw);
    });
  }
  return [...METHODS];
}

/** Validates params, calls the service, validates the result and turns every failure into a reply. */
export async function dispatch(
  handlers: Handlers,
  method: string,
  rawParams: unknown,
): Promise<Reply<unknown>> {
  if (!isMethodName(method))
    return {
      ok: false,
      code: 'unknown_method',
      message: `contract: there is no method "${String(method).slice(0, 80)}"`,
    };
  const spec = contract[method];
  const parsed = spec.params.safeParse(rawParams ?? {});
  if (!parsed.success)
    return {
      ok: false,
      code: 'invalid_params',
      message: `${method}: invalid params: ${describeIssues(parsed.error)}`,
    };
  try {
    const handler = handlers[method] as (p: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    const checked = spec.result.safeParse(value);
    if (!checked.success) {
      console.error(
        `contract: ${method} returned a value outside its schema:`,
        describeIssues(checked.error),
      );
      return {
        ok: false,
        code: 'internal',
        message: `${method}: the service returned an unexpected shape (a bug); please report it.`,
      };
    }
    return { ok: true, value: checked.data };
  } catch (e) {
    if (e instanceof DossierError) return { ok: false, code: e.code, message: e.message };
    console.error(`contract: ${method} failed:`, e);
    return {
      ok: false,
      code: 'internal',
      message: `${method}: internal error: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
}

/** Lists zod issues with their paths, e.g. `id: Too small (expected ≥1 characters)`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : '(params)'}: ${i.message}`)
    .join('; ');
}
