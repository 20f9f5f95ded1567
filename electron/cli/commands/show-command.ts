import { openFolder } from '../client';
import { printJson, type CliIo } from '../io';
import type { Command } from './command';

/** `dossier show <folder> <id> [--json]`: one document with its text, furniture and entries. */
export const showCommand: Command = {
  name: 'show',
  usage: 'show <folder> <id> [--json]',
  summary: 'print one document with its metadata, text and structure',
  positionals: ['folder', 'id'],
  async run({ positionals: [folder, id], json }, io: CliIo) {
    const client = await openFolder(folder as string);
    const d = await client.call('documents.get', { id: id as string });
    if (json) {
      // Every story of the same file, so a split can be checked against the whole text.
      const siblings = (await client.call('documents.list', {})).filter((s) => s.path === d.path);
      const stories = [];
      for (const s of siblings) {
        const full = s.id === d.id ? d : await client.call('documents.get', { id: s.id });
        stories.push({
          id: s.id,
          start: full.start,
          end: full.end,
          title: s.title,
          splitReason: full.splitReason,
        });
      }
      return printJson(io, {
        id: d.id,
        path: d.path,
        title: d.title,
        date: d.date,
        dateSource: d.dateSource,
        outlet: d.outlet,
        dateline: d.dateline,
        encoding: d.encoding.name,
        encodingConfidence: d.encoding.confidence,
        encodingFlagged: d.encoding.flagged,
        encodingSource: d.encoding.source,
        format: d.format,
        duplicateOf: d.duplicateGroup !== null && d.duplicateGroup !== d.id ? d.duplicateGroup : null,
        copies: d.copies,
        stories,
        contentHash: d.contentHash,
        start: d.start,
        end: d.end,
        text: d.text,
        boilerplate: d.boilerplate,
        entries: d.entries,
        splitReason: d.splitReason,
      });
    }
    io.out(
      `${d.title}\n${d.outlet} · ${d.date ?? 'no date'} (${d.dateSource}) · ${d.path} · ${d.encoding.name}\n\n${d.text}\n`,
    );
  },
};
