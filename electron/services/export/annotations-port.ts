import type { EntityKind, ExcerptState, Stance } from '../../../shared/model/export';
import { DossierError } from '../errors';
import type { Session } from '../session';
import { annotationsServicePort } from './annotations-adapter';

/**
 * What export needs from the annotations service (issue 6), as a port: by default the annotations
 * service itself (annotations-adapter.ts); tests may install another with {@link provideAnnotations}.
 * Export never reads the sidecar's annotation file itself — its schema, migrations and merge rules
 * belong to the annotations service.
 */

/** One annotation as export reads it. Offsets are UTF-16 into the file's canonical text. */
export interface AnnotationRecord {
  id: string;
  docId: string;
  path: string;
  quote: { exact: string; prefix: string; suffix: string };
  /** Position when last anchored. */
  position: { start: number; end: number };
  /** Where it is now; null when it has no place (ambiguous, orphan). */
  current: { start: number; end: number } | null;
  contentHash: string;
  color: string | null;
  note: string;
  tags: string[];
  entity: { name: string; type: EntityKind } | null;
  issue: { title: string; stance: Stance | null } | null;
  state: ExcerptState;
  created: string | null;
}

/** A new annotation from an import: a placed range plus its classification. */
export interface NewImportedAnnotation {
  docId: string;
  start: number;
  end: number;
  color: string | null;
  note: string;
  tags: string[];
  entity: { name: string; type: EntityKind } | null;
  issue: { title: string; stance: Stance | null } | null;
}

/** The annotations service as export uses it. */
export interface AnnotationsPort {
  /** Every annotation of the open folder, re-anchored against the current files. */
  list(): Promise<AnnotationRecord[]>;
  /** Creates one annotation (the service builds selectors and hash); returns its id. */
  create(input: NewImportedAnnotation): Promise<string>;
}

type PortFactory = (session: Session) => AnnotationsPort;
let factory: PortFactory | null = annotationsServicePort;

/** Replaces the annotations port (tests); `null` simulates a build without annotations. */
export function provideAnnotations(make: PortFactory | null): void {
  factory = make;
}

/** The annotations port for a session; an `unsupported` error when no annotations service is wired. */
export function annotationsPort(session: Session): AnnotationsPort {
  if (!factory)
    throw new DossierError(
      'unsupported',
      'export: annotations are not available in this build, so there is nothing to export or import into. Update Dossier or report this.',
    );
  return factory(session);
}
