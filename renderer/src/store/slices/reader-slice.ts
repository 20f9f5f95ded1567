import type { StateCreator } from 'zustand';
import type { DocumentDetail } from '../../../../shared/model/document';
import type { DossierClient } from '../../client';
import type { WorkbenchState } from '../create-store';
import { errorMessage } from '../errors';

/** One reader pane. */
export interface ReaderPane {
  key: number;
  docId: string | null;
  doc: DocumentDetail | null;
  loading: boolean;
  error: string | null;
}

/** The reader panes and which one has focus. */
export interface ReaderSlice {
  panes: ReaderPane[];
  activePane: number;
  openDocument(id: string, paneIndex?: number): Promise<void>;
  splitPane(): void;
  closePane(index: number): void;
  focusPane(index: number): void;
}

let paneKeys = 1;
const emptyPane = (): ReaderPane => ({
  key: paneKeys++,
  docId: null,
  doc: null,
  loading: false,
  error: null,
});

/** The reader slice. */
export const createReaderSlice =
  (client: DossierClient): StateCreator<WorkbenchState, [], [], ReaderSlice> =>
  (set, get) => ({
    panes: [emptyPane()],
    activePane: 0,
    async openDocument(id, paneIndex) {
      const index = paneIndex ?? get().activePane;
      const update = (patch: Partial<ReaderPane>) =>
        set((s) => ({
          panes: s.panes.map((p, i) => (i === index ? { ...p, ...patch } : p)),
          activePane: index,
        }));
      update({ docId: id, loading: true, error: null });
      try {
        const doc = await client.call('documents.get', { id });
        if (get().panes[index]?.docId === id) update({ doc, loading: false });
      } catch (e) {
        update({ doc: null, loading: false, error: errorMessage(e) });
      }
    },
    splitPane() {
      set((s) => ({ panes: [...s.panes, emptyPane()], activePane: s.panes.length }));
    },
    closePane(index) {
      set((s) => {
        if (s.panes.length <= 1) return s;
        const panes = s.panes.filter((_, i) => i !== index);
        return { panes, activePane: Math.min(s.activePane, panes.length - 1) };
      });
    },
    focusPane: (activePane) => set({ activePane }),
  });
