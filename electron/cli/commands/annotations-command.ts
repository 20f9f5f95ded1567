import type { Annotation } from '../../../shared/model/annotation';
import { openFolder } from '../client';
import { printJson, type CliIo } from '../io';
import { describeAnnotation } from './annotate-command';
import type { Command } from './command';

/** The scripting shape of one annotation (issue 6): where it is now, after re-anchoring. */
export function annotationRow(a: Annotation) {
  return {
    id: a.id,
    docId: a.docId,
    quote: a.quote.exact,
    start: a.current?.start ?? null,
    end: a.current?.end ?? null,
    state: a.state,
    score: a.score,
    note: a.note,
    tags: a.tags,
    entity: a.entity,
    issue: a.issue,
  };
}

/** `dossier annotations <folder> [--json]`: every annotation re-anchored against the current files. */
export const annotationsCommand: Command = {
  name: 'annotations',
  usage: 'annotations <folder> [--json]',
  summary: 'list every annotation after re-anchoring against the current files',
  positionals: ['folder'],
  async run({ positionals: [folder], json }, io: CliIo) {
    const client = await openFolder(folder as string);
    const list = await client.call('annotations.list', {});
    if (json) return printJson(io, list.map(annotationRow));
    if (list.length === 0) return io.out('No annotations.\n');
    const orphans = list.filter((a) => a.state === 'orphan').length;
    io.out(
      `${list.map(describeAnnotation).join('\n')}\n\n${list.length} annotation(s), ${orphans} orphan(s)\n`,
    );
  },
};
