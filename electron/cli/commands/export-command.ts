import path from 'node:path';
import {
  BINARY_FORMATS,
  ExportFormatSchema,
  GroupBySchema,
  SortBySchema,
  type ExportRequestInput,
} from '../../../shared/model/export';
import { writeFileAtomic } from '../../services/fs/atomic-write';
import { openFolder } from '../client';
import { printJson, UsageError, type CliIo } from '../io';
import type { Command, CommandArgs } from './command';

const FORMATS = ExportFormatSchema.options.join('|');

/**
 * `dossier export <folder> --format F [--out FILE] [filters] [--group-by G]`: text formats go to stdout
 * when --out is absent; DOCX and .qdpx need --out (bytes on a terminal help nobody).
 */
export const exportCommand: Command = {
  name: 'export',
  usage: `export <folder> --format ${FORMATS} [--out FILE] [--tag T]... [--issue I]... [--entity E]... [--query Q] [--group-by issue|entity|document|date] [--sort-by date|position] [--title T] [--context N] [--json]`,
  summary: 'export annotated excerpts with full citations (Markdown, CSV, HTML, DOCX, JSON-LD, REFI-QDA)',
  positionals: ['folder'],
  options: {
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    tag: { type: 'string', multiple: true },
    issue: { type: 'string', multiple: true },
    entity: { type: 'string', multiple: true },
    query: { type: 'string' },
    'group-by': { type: 'string' },
    'sort-by': { type: 'string' },
    title: { type: 'string' },
    context: { type: 'string' },
  },
  async run(args: CommandArgs, io: CliIo) {
    const request = exportRequest(args);
    const out = typeof args.options.out === 'string' ? args.options.out : null;
    if (!out && BINARY_FORMATS.includes(request.format))
      throw new UsageError(
        `export: ${request.format} is a binary format; add --out FILE to say where to write it.`,
      );
    const client = await openFolder(args.positionals[0] as string);
    const result = await client.call('export.run', request);
    if (out) {
      const bytes =
        result.encoding === 'base64'
          ? Buffer.from(result.content, 'base64')
          : Buffer.from(result.content, 'utf8');
      await writeFileAtomic(path.resolve(out), bytes);
      if (args.json)
        return printJson(io, {
          format: result.format,
          out: path.resolve(out),
          count: result.count,
          bytes: bytes.length,
        });
      io.err(`export: wrote ${result.count} excerpt${result.count === 1 ? '' : 's'} to ${out}\n`);
      return;
    }
    if (args.json && result.format !== 'jsonld')
      return printJson(io, { format: result.format, count: result.count, content: result.content });
    io.out(result.content);
  },
};

/** Parses the command's options into an export request, with usage errors naming the bad value. */
export function exportRequest({ options }: CommandArgs): ExportRequestInput {
  const format = ExportFormatSchema.safeParse(options.format);
  if (!format.success)
    throw new UsageError(
      `export: --format must be one of ${FORMATS}${options.format ? ` (got "${String(options.format)}")` : ''}.`,
    );
  const groupBy = GroupBySchema.safeParse(options['group-by'] ?? 'none');
  if (!groupBy.success) throw new UsageError('export: --group-by must be issue, entity, document or date.');
  const sortBy = SortBySchema.safeParse(options['sort-by'] ?? 'date');
  if (!sortBy.success) throw new UsageError('export: --sort-by must be date or position.');
  const context = options.context === undefined ? 0 : Number(options.context);
  if (!Number.isInteger(context) || context < 0 || context > 2000)
    throw new UsageError('export: --context must be a number of characters from 0 to 2000.');
  const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : []);
  return {
    format: format.data,
    filter: {
      tags: list(options.tag),
      issues: list(options.issue),
      entities: list(options.entity),
      query: typeof options.query === 'string' ? options.query : null,
    },
    groupBy: groupBy.data,
    sortBy: sortBy.data,
    context,
    title: typeof options.title === 'string' ? options.title : null,
  };
}
