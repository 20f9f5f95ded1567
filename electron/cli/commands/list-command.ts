import { openFolder } from '../client';
import { printJson, type CliIo } from '../io';
import type { Command } from './command';

/** `dossier list <folder> [--json]`: one row per document (story). */
export const listCommand: Command = {
  name: 'list',
  usage: 'list <folder> [--json]',
  summary: 'list the documents (stories) of a folder',
  positionals: ['folder'],
  async run({ positionals: [folder], json }, io: CliIo) {
    const client = await openFolder(folder as string);
    const docs = await client.call('documents.list', {});
    const rows = docs.map((d) => ({
      id: d.id,
      path: d.path,
      title: d.title,
      date: d.date,
      dateSource: d.dateSource,
      outlet: d.outlet,
      // The original a copy was syndicated from (null for the original itself and for stories without copies).
      duplicateOf: d.duplicateGroup !== null && d.duplicateGroup !== d.id ? d.duplicateGroup : null,
      duplicateGroup: d.duplicateGroup,
      copies: d.copies,
      dateline: d.dateline,
      format: d.format,
    }));
    if (json) return printJson(io, rows);
    for (const r of rows)
      io.out(`${r.date ?? '          '}  ${r.outlet.padEnd(22).slice(0, 22)}  ${r.title}  [${r.id}]\n`);
  },
};
