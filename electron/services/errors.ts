import type { ErrorCode } from '../../shared/contract/errors';

/**
 * The one error services throw. `message` starts with the module that raised it
 * (`sidecar: schema 4 is newer than 3`) and says what to do; hosts turn it into `{ ok: false, code, message }`.
 */
export class DossierError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DossierError';
  }
}

/** True for Node system errors carrying `code` (ENOENT, EACCES, ...). */
export function isErrnoException(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string';
}
