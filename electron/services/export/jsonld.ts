import type { Excerpt, ExportMeta } from '../../../shared/model/export';
import { evidenceOf } from './evidence';
import { sortExcerpts } from './group';
import { documentLink } from './link';

/** The W3C Web Annotation JSON-LD context. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * W3C Web Annotation Data Model export: an AnnotationCollection with one AnnotationPage. Each
 * annotation's target is the document (a `dossier://open?folder&doc` IRI) with a TextQuoteSelector and a
 * TextPositionSelector; the note is a commenting TextualBody, tags tagging bodies, the entity an
 * identifying body and the issue a classifying body. What the model has no term for (entity type,
 * stance, content hash, document metadata) rides in a `dossier` extension object that JSON-LD
 * processors ignore and Dossier's importer reads.
 */
export function writeJsonLd(excerpts: readonly Excerpt[], meta: ExportMeta): string {
  const items = sortExcerpts(excerpts, meta.sortBy).map(annotation);
  const doc = {
    '@context': ANNO_CONTEXT,
    id: `urn:dossier:export:${encodeURIComponent(meta.folder)}:${meta.generated}`,
    type: 'AnnotationCollection',
    label: meta.title,
    total: items.length,
    generator: { id: 'urn:dossier:app', type: 'Software', name: `Dossier ${meta.version}` },
    generated: meta.generated,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

function annotation(e: Excerpt) {
  const body: Array<Record<string, string>> = [];
  if (e.note)
    body.push({ type: 'TextualBody', purpose: 'commenting', format: 'text/markdown', value: e.note });
  for (const tag of e.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  const evidence = evidenceOf(e);
  const who = e.entity?.name ?? evidence?.actor;
  if (who) body.push({ type: 'TextualBody', purpose: 'identifying', value: who });
  if (e.issue) body.push({ type: 'TextualBody', purpose: 'classifying', value: e.issue.title });
  // Issue evidence classifies a passage under an issue; an annotation comments, tags or highlights.
  const motivation = evidence
    ? 'classifying'
    : e.note
      ? 'commenting'
      : body.length
        ? 'tagging'
        : 'highlighting';
  const [quote, position] = e.selectors;
  return {
    id: evidence
      ? `urn:dossier:evidence:${encodeURIComponent(evidence.id)}`
      : `urn:dossier:annotation:${encodeURIComponent(e.id)}`,
    type: 'Annotation',
    motivation,
    ...(e.created ? { created: e.created } : {}),
    ...(body.length ? { body } : {}),
    target: {
      source: documentLink(e.link),
      selector: [quote, position],
    },
    dossier: {
      docId: e.source.id,
      path: e.source.path,
      title: e.source.title,
      outlet: e.source.outlet,
      date: e.source.date,
      dateSource: e.source.dateSource,
      entry: e.entry,
      contentHash: e.contentHash,
      color: e.color,
      entity: e.entity,
      issue: e.issue,
      state: e.state,
      link: e.link,
      ...(evidence
        ? { kind: 'evidence', evidenceId: evidence.id, actor: evidence.actor, cue: evidence.cue }
        : {}),
    },
  };
}
