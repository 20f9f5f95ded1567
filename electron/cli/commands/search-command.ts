import { openFolder } from '../client';
import { printJson, UsageError, type CliIo } from '../io';
import type { Command } from './command';

/** `dossier search <folder> <query> [--limit N] [--json]`: ranked hits with snippets and canonical offsets. */
export const searchCommand: Command = {
  name: 'search',
  usage: 'search <folder> <query> [--limit N] [--json]',
  summary: 'search a folder with the query language (phrases, proximity, fields, wildcards...)',
  positionals: ['folder', 'query'],
  options: { limit: { type: 'string' } },
  async run({ positionals: [folder, ...rest], json, options }, io: CliIo) {
    const limit = options.limit === undefined ? 20 : Number(options.limit);
    if (!Number.isInteger(limit) || limit < 0 || limit > 1000)
      throw new UsageError('search: --limit must be a whole number from 0 to 1000.');
    const client = await openFolder(folder as string);
    const r = await client.call('search.query', {
      query: rest.join(' '),
      filters: [],
      offset: 0,
      limit,
      wait: true,
      record: false,
    });
    const hits = r.hits.map((h) => ({
      id: h.id,
      path: h.path,
      title: h.title,
      date: h.date,
      outlet: h.outlet,
      score: h.score,
      snippets: h.snippets.map((s) => ({ text: s.text, highlights: s.highlights })),
      matches: h.matches,
      ...(h.aliases.length ? { aliases: h.aliases } : {}),
    }));
    if (json) return printJson(io, { total: r.total, ms: r.ms, hits, facets: r.facets });
    io.out(`${r.total} document${r.total === 1 ? '' : 's'} (${r.ms} ms) — read as: ${r.explain.text}\n`);
    for (const h of hits) {
      io.out(
        `\n${h.score.toFixed(2).padStart(7)}  ${h.date ?? '          '}  ${h.outlet}  ${h.title}  [${h.id}]\n`,
      );
      for (const s of h.snippets) io.out(`         …${mark(s.text, s.highlights)}…\n`);
    }
  },
};

function mark(text: string, highlights: [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [s, e] of highlights) {
    out += `${text.slice(at, s)}[${text.slice(s, e)}]`;
    at = e;
  }
  return out + text.slice(at);
}
