import { AnnotationColorSchema, type Annotation } from '../../../shared/model/annotation';
import { createAnnotation, listAnnotations } from '../annotations/service';
import type { Session } from '../session';
import type { AnnotationRecord, AnnotationsPort } from './annotations-port';

/** The export port backed by the annotations service (issue 6): list re-anchors, create builds selectors. */
export function annotationsServicePort(session: Session): AnnotationsPort {
  return {
    async list() {
      return (await listAnnotations(session, {})).map(toRecord);
    },
    async create(input) {
      const color = AnnotationColorSchema.safeParse(input.color);
      const a = await createAnnotation(session, {
        docId: input.docId,
        start: input.start,
        end: input.end,
        ...(color.success ? { color: color.data } : {}),
        note: input.note,
        tags: input.tags,
        entity: input.entity ? { ...input.entity, id: null } : null,
        // The annotations model requires a stance; an imported issue without one is `other`.
        issue: input.issue
          ? { title: input.issue.title, stance: input.issue.stance ?? 'other', id: null }
          : null,
      });
      return a.id;
    },
  };
}

/** An annotation as export reads it. */
export function toRecord(a: Annotation): AnnotationRecord {
  return {
    id: a.id,
    docId: a.docId,
    path: a.path,
    quote: { exact: a.quote.exact, prefix: a.quote.prefix, suffix: a.quote.suffix },
    position: { start: a.position.start, end: a.position.end },
    current: a.current,
    contentHash: a.contentHash,
    color: a.color,
    note: a.note,
    tags: a.tags,
    entity: a.entity ? { name: a.entity.name, type: a.entity.type } : null,
    issue: a.issue ? { title: a.issue.title, stance: a.issue.stance } : null,
    state: a.state,
    created: a.created,
  };
}
