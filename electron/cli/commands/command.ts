import type { CliIo } from '../io';

/** Parsed arguments every command receives. */
export interface CommandArgs {
  positionals: string[];
  json: boolean;
  options: Record<string, string | boolean | string[] | undefined>;
}

/** One `dossier` subcommand. */
export interface Command {
  name: string;
  usage: string;
  summary: string;
  /** Names of the required positionals, for the usage error. */
  positionals: string[];
  /** Extra options, in node:util parseArgs form. */
  options?: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;
  run(args: CommandArgs, io: CliIo): Promise<void>;
}
