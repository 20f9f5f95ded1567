import { DossierError } from '../errors';
import type { Session } from '../session';
import { parseDocumentId } from '../../../shared/model/ids';
import { saveEncodings } from '../workspace/encodings';
import { cancelScan } from '../workspace/open';
import { SUPPORTED_ENCODINGS } from './decode';

/** Handlers of the ingest methods (scan cancel, copies, encoding override). */
export function ingestHandlers(session: Session) {
  return {
    'workspace.cancel': async () => ({ cancelled: cancelScan(session) }),
    'documents.copies': async ({ id }: { id: string }) => {
      const ws = session.workspace();
      const rows = new Map(ws.list().map((d) => [d.id, d]));
      return ws.copiesOf(id).flatMap((c) => rows.get(c) ?? []);
    },
    'documents.encodings': async () => [...SUPPORTED_ENCODINGS],
    'documents.setEncoding': async ({ id, encoding }: { id: string; encoding: string | null }) => {
      const ws = session.workspace();
      const { path: relPath } = parseDocumentId(id);
      ws.get(id);
      if (encoding !== null && !(SUPPORTED_ENCODINGS as readonly string[]).includes(encoding))
        throw new DossierError(
          'invalid_params',
          `ingest: "${encoding}" is not an encoding Dossier can decode; choose one of ${SUPPORTED_ENCODINGS.join(', ')}.`,
        );
      if (ws.sidecar.readOnly)
        throw new DossierError(
          'read_only',
          `ingest: the sidecar folder ${ws.sidecar.path} cannot be written, so the encoding choice cannot be saved.`,
        );
      const encodings = ws.ingest.encodings;
      if (encoding === null) encodings.delete(relPath);
      else encodings.set(relPath, encoding);
      await saveEncodings(ws.sidecar.path, encodings);
      // Re-decoding changes the text: refresh() tells search, anchoring and entities (files-changed hook).
      const change = await ws.refresh([relPath]);
      if (change.changed.length || change.added.length)
        session.events.emit('documents.changed', { ids: [id], reason: 'encoding changed' });
      return ws.get(id);
    },
  };
}
