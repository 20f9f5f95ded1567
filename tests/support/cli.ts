import { runCli } from '../../electron/cli/main';

/** What one in-process `dossier` run printed and returned. */
export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs `dossier <argv>` in-process (the same code as the binary) and captures stdout and stderr. */
export async function cli(...argv: string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}
