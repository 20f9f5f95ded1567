/** Where a command writes; tests pass buffers, the binary passes the process streams. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** A user mistake: exit 1 with one line on stderr. */
export class UsageError extends Error {}

/** Exit codes of `dossier`. */
export const EXIT = { ok: 0, user: 1, internal: 2 } as const;

/** Prints exactly one JSON document on stdout. */
export function printJson(io: CliIo, value: unknown): void {
  io.out(`${JSON.stringify(value, null, 2)}\n`);
}
