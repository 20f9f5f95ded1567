import type { Params } from '../../../shared/contract';
import type { Session } from '../session';
import { importAnnotations } from './import';
import { citeAnnotation, citeRange, previewExport, runExport } from './service';
import { ExportRequestSchema } from '../../../shared/model/export';

/** Handlers of the `export.*` methods. */
export function exportHandlers(session: Session) {
  return {
    'export.preview': async (p: Params<'export.preview'>) =>
      previewExport(session, ExportRequestSchema.parse(p)),
    'export.run': async (p: Params<'export.run'>) => runExport(session, ExportRequestSchema.parse(p)),
    'export.citation': async (p: Params<'export.citation'>) =>
      'annotationId' in p ? citeAnnotation(session, p.annotationId) : citeRange(session, p),
    'export.import': async (p: Params<'export.import'>) =>
      importAnnotations(
        session,
        p.format,
        p.encoding === 'base64' ? Buffer.from(p.content, 'base64') : Buffer.from(p.content, 'utf8'),
      ),
  };
}
