import { parseArgs } from 'node:util';
import { LocalCallError } from '../hosts/local/local-client';
import { closeOpenedClients } from './client';
import type { Command } from './commands/command';
import { annotateCommand } from './commands/annotate-command';
import { annotationsCommand } from './commands/annotations-command';
import { entitiesCommand } from './commands/entities-command';
import { exportCommand } from './commands/export-command';
import { importCommand } from './commands/import-command';
import { indexCommand } from './commands/index-command';
import { issuesCommand } from './commands/issues-command';
import { listCommand } from './commands/list-command';
import { benchCommand } from './commands/bench-command';
import { searchCommand } from './commands/search-command';
import { serveCommand } from './commands/serve-command';
import { showCommand } from './commands/show-command';
import { EXIT, UsageError, type CliIo } from './io';
import { CLI_VERSION } from './version';

/** Every subcommand; later domains add theirs here. */
export const COMMANDS: Command[] = [
  indexCommand,
  listCommand,
  showCommand,
  serveCommand,
  issuesCommand,
  searchCommand,
  benchCommand,
  entitiesCommand,
  annotateCommand,
  annotationsCommand,
  exportCommand,
  importCommand,
];

/** Error codes that mean the user asked for something wrong (exit 1) rather than a bug (exit 2). */
const USER_CODES = new Set([
  'invalid_params',
  'not_found',
  'no_workspace',
  'unsupported',
  'bad_query',
  'read_only',
  'forbidden',
  'too_large',
  'io_error',
  'conflict',
  'corrupt',
]);

/** Runs `dossier <argv>`; returns the exit code. Never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(helpText());
    return name ? EXIT.ok : EXIT.user;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${CLI_VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`dossier: unknown command "${name}". Run \`dossier --help\` for the list.\n`);
    return EXIT.user;
  }
  try {
    const parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: { json: { type: 'boolean' }, ...(command.options ?? {}) },
    });
    const missing = command.positionals.slice(parsed.positionals.length);
    if (missing.length)
      throw new UsageError(
        `${command.name}: missing <${missing.join('> <')}>. Usage: dossier ${command.usage}`,
      );
    await command.run(
      { positionals: parsed.positionals, json: parsed.values.json === true, options: parsed.values },
      io,
    );
    return EXIT.ok;
  } catch (e) {
    if (e instanceof UsageError) return fail(io, e.message, EXIT.user);
    if (e instanceof LocalCallError)
      return fail(io, e.message, USER_CODES.has(e.code) ? EXIT.user : EXIT.internal);
    if (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS')) {
      return fail(io, `${command.name}: ${e.message}. Usage: dossier ${command.usage}`, EXIT.user);
    }
    return fail(
      io,
      `dossier: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
      EXIT.internal,
    );
  } finally {
    await closeOpenedClients();
  }
}

function fail(io: CliIo, message: string, code: number): number {
  io.err(`${message.split('\n')[0]}\n`);
  return code;
}

function helpText(): string {
  return [
    'Dossier — an offline workbench for folders of saved news articles.',
    '',
    'Usage: dossier <command> [options]',
    '',
    ...COMMANDS.flatMap((c) => [`  dossier ${c.usage}`, `      ${c.summary}`]),
    '',
    'Exit codes: 0 success, 1 a problem with your input (message on stderr), 2 an internal failure.',
    '`--json` prints exactly one JSON document on stdout.',
    '',
  ].join('\n');
}
