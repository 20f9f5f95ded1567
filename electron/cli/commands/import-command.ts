import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isErrnoException } from '../../services/errors';
import { openFolder } from '../client';
import { printJson, UsageError, type CliIo } from '../io';
import type { Command } from './command';

/** `dossier import <folder> <file> [--json]`: re-creates annotations from a .jsonld or .qdpx export. */
export const importCommand: Command = {
  name: 'import',
  usage: 'import <folder> <file.jsonld|file.qdpx> [--json]',
  summary: 'import annotations from a W3C JSON-LD or REFI-QDA export, re-anchored to this folder',
  positionals: ['folder', 'file'],
  async run({ positionals: [folder, file], json }, io: CliIo) {
    let bytes: Buffer;
    try {
      bytes = await readFile(path.resolve(file as string));
    } catch (e) {
      const why =
        isErrnoException(e) && e.code === 'ENOENT'
          ? 'it does not exist'
          : e instanceof Error
            ? e.message
            : String(e);
      throw new UsageError(`import: cannot read ${file}: ${why}.`);
    }
    // A zip (PK\x03\x04) is a .qdpx whatever its name; anything else is read as JSON-LD.
    const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
    const client = await openFolder(folder as string);
    const report = await client.call(
      'export.import',
      isZip
        ? { format: 'qdpx', encoding: 'base64', content: bytes.toString('base64') }
        : { format: 'jsonld', encoding: 'utf8', content: bytes.toString('utf8') },
    );
    if (json) return printJson(io, report);
    io.out(
      `import: created ${report.created} annotation${report.created === 1 ? '' : 's'} from ${path.basename(file as string)}\n`,
    );
    for (const s of report.skipped) io.out(`  skipped ${s.item}: ${s.reason}\n`);
  },
};
