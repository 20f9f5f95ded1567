import type { StateCreator } from 'zustand';
import type { DossierClient } from '../../client';
import type { WorkbenchState } from '../../store/create-store';
import { errorMessage } from '../../store/errors';

/** Scan cancel and the per-file encoding override. */
export interface IngestSlice {
  /** Encodings the analyst can pick (loaded once). */
  encodings: string[];
  /** The doc whose encoding is being changed, while the request runs. */
  encodingBusy: string | null;
  ingestError: string | null;
  loadEncodings(): Promise<void>;
  /** Re-decodes the file of `docId` with `encoding` (null: back to detection) and refreshes what shows it. */
  setEncoding(docId: string, encoding: string | null): Promise<void>;
  cancelScan(): Promise<void>;
}

/** The ingest slice. */
export const createIngestSlice =
  (client: DossierClient): StateCreator<WorkbenchState, [], [], IngestSlice> =>
  (set, get) => ({
    encodings: [],
    encodingBusy: null,
    ingestError: null,
    async loadEncodings() {
      if (get().encodings.length) return;
      try {
        set({ encodings: await client.call('documents.encodings', {}) });
      } catch (e) {
        set({ ingestError: errorMessage(e) });
      }
    },
    async setEncoding(docId, encoding) {
      set({ encodingBusy: docId, ingestError: null });
      try {
        const doc = await client.call('documents.setEncoding', { id: docId, encoding });
        set({ panes: get().panes.map((p) => (p.docId === docId ? { ...p, doc } : p)) });
        await get().loadLibrary();
      } catch (e) {
        set({ ingestError: errorMessage(e) });
      } finally {
        set({ encodingBusy: null });
      }
    },
    async cancelScan() {
      try {
        await client.call('workspace.cancel', {});
      } catch (e) {
        set({ ingestError: errorMessage(e) });
      }
    },
  });
