import { EntityTypeSchema } from '../../../shared/model/entity';
import { openFolder } from '../client';
import { printJson, UsageError, type CliIo } from '../io';
import type { Command } from './command';

/** `dossier entities <folder> [--type person|organisation|place] [--json]`: entities and merge suggestions. */
export const entitiesCommand: Command = {
  name: 'entities',
  usage: 'entities <folder> [--type person|organisation|place] [--json]',
  summary: 'list the people, organisations and places of a folder, with merge suggestions',
  positionals: ['folder'],
  options: { type: { type: 'string' } },
  async run({ positionals: [folder], json, options }, io: CliIo) {
    const rawType = options['type'];
    const type =
      rawType === undefined
        ? undefined
        : EntityTypeSchema.safeParse(rawType === 'organization' ? 'organisation' : rawType);
    if (type && !type.success)
      throw new UsageError(
        `entities: --type must be person, organisation or place, not "${String(rawType)}".`,
      );
    const client = await openFolder(folder as string);
    const { entities, suggestions } = await client.call('entities.list', type ? { type: type.data } : {});
    if (json)
      return printJson(io, {
        entities: entities.map((e) => ({
          id: e.id,
          name: e.name,
          type: e.type,
          aliases: e.aliases.map((a) => ({ text: a.text, mentions: a.mentions })),
          mentions: e.mentions,
          documents: e.documents,
        })),
        suggestions: suggestions.map((s) => ({
          kind: s.kind,
          entities: [s.entities[0], s.entities[1]],
          reason: s.reason,
        })),
      });
    for (const e of entities) {
      const others = e.aliases.filter((a) => a.text !== e.name).map((a) => `${a.text} ×${a.mentions}`);
      io.out(
        `${e.type.padEnd(12)} ${String(e.mentions).padStart(4)} in ${String(e.documents).padStart(3)} docs  ${e.name}${others.length ? `  (${others.join(', ')})` : ''}\n`,
      );
    }
    if (suggestions.length) io.out(`\nSuggested merges (${suggestions.length}):\n`);
    for (const s of suggestions) io.out(`  ${s.names[0]} ← ${s.names[1]}: ${s.reason}\n`);
  },
};
