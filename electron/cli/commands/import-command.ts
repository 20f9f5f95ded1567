import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ImportResult } from '../../../shared/contract/domains/export';
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
    io.out(importReportText(report, path.basename(file as string)));
  },
};

/**
 * The text report of an import, with the sections of the app's import report (ADR 076): what was
 * created; passages edited since export and re-anchored (the quote as exported → as it reads now, its
 * new place and the anchoring score), for the analyst to check; passages orphaned, with the reason; and
 * the other items skipped. Orphans are also in `skipped` (for `--json` readers) but are listed once here.
 */
export function importReportText(report: ImportResult, fileName: string): string {
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const lines = [`import: created ${n(report.created, 'annotation')} from ${fileName}`];
  if (report.reanchored.length) {
    lines.push(
      `  ${n(report.reanchored.length, 'passage')} edited since export, re-anchored — please check:`,
    );
    for (const r of report.reanchored)
      lines.push(
        `    “${r.was}” → “${r.quote}”`,
        `      now at ${r.docId}, chars ${r.start}–${r.end}, score ${r.score.toFixed(2)} (item ${r.item})`,
      );
  }
  if (report.orphaned.length) {
    lines.push(`  ${n(report.orphaned.length, 'passage')} could not be placed (orphaned):`);
    for (const o of report.orphaned) lines.push(`    ${o.item}: ${o.reason}`);
  }
  const orphanIds = new Set(report.orphaned.map((o) => o.item));
  const skipped = report.skipped.filter((s) => !orphanIds.has(s.item));
  for (const s of skipped) lines.push(`  skipped ${s.item}: ${s.reason}`);
  return `${lines.join('\n')}\n`;
}
