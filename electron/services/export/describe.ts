import type { Excerpt, ExportMeta } from '../../../shared/model/export';
import { evidenceOf } from './evidence';

/** "3 excerpts from 2 documents, grouped by issue, sorted by date" — the line under every brief's title. */
export function describeExport(excerpts: readonly Excerpt[], meta: ExportMeta): string {
  const docs = new Set(excerpts.map((e) => e.source.id)).size;
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const grouped = meta.groupBy === 'none' ? '' : `, grouped by ${meta.groupBy}`;
  const evidence = excerpts.filter((e) => evidenceOf(e)).length;
  const of = evidence ? ` (${evidence} of them issue evidence)` : '';
  return `${n(excerpts.length, 'excerpt')}${of} from ${n(docs, 'document')}${grouped}, sorted by ${meta.sortBy}`;
}

/** "Exported from folder “name” by Dossier 0.1.0 on <time>." */
export function describeOrigin(meta: ExportMeta): string {
  return `Exported from folder “${meta.folder}” by Dossier ${meta.version} on ${meta.generated}.`;
}

/** Labels shared by the writers for an excerpt's classification fields, in a fixed order. */
export function excerptFacts(e: Excerpt): Array<[label: string, value: string]> {
  const facts: Array<[string, string]> = [];
  const evidence = evidenceOf(e);
  if (evidence) {
    facts.push(['Source', evidence.cue ? `issue evidence (cue “${evidence.cue}”)` : 'issue evidence']);
    if (evidence.actor) facts.push(['Actor', evidence.actor]);
  }
  if (e.tags.length) facts.push(['Tags', e.tags.join(', ')]);
  if (e.entity) facts.push(['Entity', `${e.entity.name} (${e.entity.type})`]);
  if (e.issue) facts.push(['Issue', e.issue.stance ? `${e.issue.title} — ${e.issue.stance}` : e.issue.title]);
  if (e.color) facts.push(['Colour', e.color]);
  if (e.state !== 'anchored') facts.push(['Anchor', e.state]);
  return facts;
}
