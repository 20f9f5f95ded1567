import { createStore, type StoreApi } from 'zustand/vanilla';
import type { DossierClient } from '../client';
import { scrollReaderTo } from '../dom/scroll-to-offset';
import { createAnnotationsSlice, type AnnotationsSlice } from './slices/annotations-slice';
import { createEntitiesSlice, type EntitiesSlice } from './slices/entities-slice';
import { createExportSlice, type ExportSlice } from './slices/export-slice';
import { createIngestSlice, type IngestSlice } from '../features/ingest/ingest-slice';
import { createIssuesSlice, type IssuesSlice } from './slices/issues-slice';
import { createLayoutSlice, type LayoutSlice } from './slices/layout-slice';
import { createLibrarySlice, type LibrarySlice } from './slices/library-slice';
import { createReaderSlice, type ReaderSlice } from './slices/reader-slice';
import { createSearchSlice, type SearchSlice } from './slices/search-slice';
import { createSearchActionsSlice, type SearchActionsSlice } from '../features/search/search-actions-slice';
import { createUiSlice, type UiSlice } from './slices/ui-slice';
import { createWorkspaceSlice, type WorkspaceSlice } from './slices/workspace-slice';

/** The whole workbench state: one slice per domain. Domain data's truth is the services, not this store. */
export type WorkbenchState = WorkspaceSlice &
  LibrarySlice &
  ReaderSlice &
  UiSlice &
  LayoutSlice &
  IssuesSlice &
  EntitiesSlice &
  AnnotationsSlice &
  ExportSlice &
  IngestSlice &
  SearchSlice &
  SearchActionsSlice;
/** The store handle passed through React context. */
export type WorkbenchStore = StoreApi<WorkbenchState>;

/** Creates the store for a client and wires the service events to it. */
export function createWorkbenchStore(client: DossierClient): WorkbenchStore {
  const store = createStore<WorkbenchState>()((...a) => ({
    ...createWorkspaceSlice(client)(...a),
    ...createLibrarySlice(client)(...a),
    ...createReaderSlice(client)(...a),
    ...createUiSlice(...a),
    ...createLayoutSlice(...a),
    ...createIssuesSlice(client)(...a),
    ...createEntitiesSlice(client)(...a),
    ...createAnnotationsSlice(client)(...a),
    ...createExportSlice(client)(...a),
    ...createIngestSlice(client)(...a),
    ...createSearchSlice(client)(...a),
    ...createSearchActionsSlice(client)(...a),
  }));
  client.on('workspace.opened', () => void store.getState().refreshWorkspace());
  client.on('workspace.closed', () => void store.getState().refreshWorkspace());
  client.on('index.progress', (progress) => store.setState({ progress }));
  client.on('documents.changed', ({ ids }) => {
    void store.getState().loadLibrary();
    // A file changed on disk: panes showing it reload its text so marks never sit on stale text.
    const changed = new Set(ids);
    store.getState().panes.forEach((pane, i) => {
      if (pane.docId && changed.has(pane.docId)) void store.getState().openDocument(pane.docId, i);
    });
  });
  // A dossier:// link opened the desktop app: show the passage.
  client.on('ui.reveal', ({ docId, start }) => {
    void store
      .getState()
      .openDocument(docId)
      .then(() => start !== null && scrollReaderTo(start));
  });
  client.on('ui.command', ({ command }) => store.getState().receiveMenuCommand(command));
  return store;
}
