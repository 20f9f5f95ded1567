import { openFolder } from '../client';
import { printJson, type CliIo } from '../io';
import type { Command } from './command';

/** `dossier index <folder> [--json]`: scan and index, report what was skipped and why. */
export const indexCommand: Command = {
  name: 'index',
  usage: 'index <folder> [--json]',
  summary: 'scan a folder and report what was indexed and skipped',
  positionals: ['folder'],
  async run({ positionals: [folder], json }, io: CliIo) {
    const client = await openFolder(folder as string);
    const report = await client.call('workspace.report', {});
    if (json) return printJson(io, report);
    io.out(`${report.documents} documents from ${report.files.indexed} files in ${report.ms} ms\n`);
    if (report.files.skipped.length) {
      io.out(`Not indexed (${report.files.skipped.length}):\n`);
      for (const s of report.files.skipped) io.out(`  ${s.path} — ${s.reason}: ${s.detail}\n`);
    }
  },
};
