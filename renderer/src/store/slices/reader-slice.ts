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

/** Most panes side by side; beyond four each is too narrow to read. */
export const MAX_PANES = 4;

/** The reader panes, which one has focus, and the compare view. */
export interface ReaderSlice {
  panes: ReaderPane[];
  activePane: number;
  /** When true (and two panes hold documents) the centre shows the diff of panes 1 and 2. */
  compare: boolean;
  linkedScroll: boolean;
  openDocument(id: string, paneIndex?: number): Promise<void>;
  /** Opens a document in a pane beside the active one (splitting when there is only one). */
  openBeside(id: string): Promise<void>;
  splitPane(): void;
  /** Ctrl+\: split when there is one pane, otherwise close the last one. */
  toggleSplit(): void;
  closePane(index: number): void;
  focusPane(index: number): void;
  setCompare(on: boolean): void;
  /** Opens `id` beside the active document and shows the differences between the two. */
  compareWith(id: string): Promise<void>;
  toggleLinkedScroll(): void;
  /** Reopens documents (from saved preferences) one per pane. */
  restorePanes(ids: string[]): Promise<void>;
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
    compare: false,
    linkedScroll: false,
    async openDocument(id, paneIndex) {
      const index = Math.min(paneIndex ?? get().activePane, get().panes.length - 1);
      const key = get().panes[index]?.key;
      const update = (patch: Partial<ReaderPane>) =>
        set((s) => ({ panes: s.panes.map((p) => (p.key === key ? { ...p, ...patch } : p)) }));
      set({ activePane: index });
      update({ docId: id, loading: true, error: null });
      get().saveFolderPrefs();
      try {
        const doc = await fetchDocument(
          client,
          id,
          () => get().panes.find((p) => p.key === key)?.docId === id,
        );
        if (doc && get().panes.find((p) => p.key === key)?.docId === id) update({ doc, loading: false });
      } catch (e) {
        update({ doc: null, loading: false, error: errorMessage(e) });
      }
    },
    async openBeside(id) {
      const s = get();
      let target = s.activePane + 1;
      if (target >= s.panes.length) {
        if (s.panes.length < MAX_PANES) get().splitPane();
        else target = s.activePane === 0 ? 1 : 0;
      }
      await get().openDocument(id, Math.min(target, get().panes.length - 1));
    },
    splitPane() {
      if (get().panes.length >= MAX_PANES) return;
      set((s) => ({ panes: [...s.panes, emptyPane()], activePane: s.panes.length }));
      get().saveFolderPrefs();
    },
    toggleSplit() {
      if (get().panes.length > 1) get().closePane(get().panes.length - 1);
      else get().splitPane();
    },
    closePane(index) {
      set((s) => {
        if (s.panes.length <= 1) return { panes: [emptyPane()], activePane: 0, compare: false };
        const panes = s.panes.filter((_, i) => i !== index);
        return {
          panes,
          activePane: Math.min(s.activePane, panes.length - 1),
          compare: s.compare && panes.length > 1,
        };
      });
      get().saveFolderPrefs();
    },
    focusPane: (activePane) => {
      if (get().activePane !== activePane) set({ activePane });
    },
    setCompare: (compare) => set({ compare }),
    async compareWith(id) {
      const s = get();
      const current = s.panes[s.activePane];
      if (!current?.docId) return;
      // The compare view diffs the first two loaded panes: put the active document left, the copy right.
      const keep = current.docId;
      set({
        panes: [current, ...s.panes.filter((p) => p.key !== current.key)].slice(0, MAX_PANES),
        activePane: 0,
      });
      if (get().panes.length < 2) get().splitPane();
      if (get().panes[0]?.docId !== keep) await get().openDocument(keep, 0);
      await get().openDocument(id, 1);
      set({ compare: true, activePane: 0 });
    },
    toggleLinkedScroll: () => set((s) => ({ linkedScroll: !s.linkedScroll })),
    async restorePanes(ids) {
      const list = ids.slice(0, MAX_PANES);
      if (list.length === 0) return;
      set({ panes: list.map(() => emptyPane()), activePane: 0 });
      await Promise.all(list.map((id, i) => get().openDocument(id, i)));
      set({ activePane: 0 });
    },
  });

/** UTF-16 units of text per documents.get reply: a 45 MB story comes in ~45 short replies, not one. */
export const TEXT_PART = 1_000_000;

/**
 * A document with its whole text, fetched in parts of {@link TEXT_PART} when it is long (each reply is
 * parsed in a short task; one 45 MB reply was an 800 ms one). Null when `wanted` turns false meanwhile
 * (the pane moved on to another document).
 */
export async function fetchDocument(
  client: DossierClient,
  id: string,
  wanted: () => boolean,
): Promise<DocumentDetail | null> {
  const first = await client.call('documents.get', { id, textFrom: 0, textLength: TEXT_PART });
  const total = first.textTotal ?? first.text.length;
  const parts = [first.text];
  for (let at = first.text.length; at < total;) {
    if (!wanted()) return null;
    const part = await client.call('documents.get', { id, textFrom: at, textLength: TEXT_PART });
    // The file changed between two parts: start again from the new text.
    if (part.contentHash !== first.contentHash) return fetchDocument(client, id, wanted);
    if (part.text.length === 0) break;
    parts.push(part.text);
    at += part.text.length;
  }
  const { textTotal: _whole, ...doc } = first;
  return { ...doc, text: parts.length === 1 ? first.text : parts.join('') };
}
