import { z } from 'zod';

/** The closed set of error codes a reply may carry. */
export const ERROR_CODES = [
  'invalid_params',
  'unknown_method',
  'no_workspace',
  'not_found',
  'unsupported',
  'io_error',
  'read_only',
  'conflict',
  'corrupt',
  'too_large',
  'bad_query',
  'forbidden',
  'cancelled',
  'internal',
] as const;

/** A reply error code. */
export type ErrorCode = (typeof ERROR_CODES)[number];
/** zod schema of {@link ErrorCode}. */
export const ErrorCodeSchema = z.enum(ERROR_CODES);

/** What every handler answers: errors are data, never thrown across the boundary. */
export type Reply<T> = { ok: true; value: T } | { ok: false; code: ErrorCode; message: string };

/** zod schema of a reply whose value is `value`. */
export function replySchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), code: ErrorCodeSchema, message: z.string() }),
  ]);
}

/** Exhaustiveness guard for switches over closed unions. */
export function missingCaseError(x: never): Error {
  return new Error(`unhandled case: ${JSON.stringify(x)}`);
}
