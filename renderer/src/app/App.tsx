import { type DragEvent } from 'react';
import { CommandPalette } from '../features/palette/CommandPalette';
import { ShortcutsOverlay } from '../features/shortcuts/ShortcutsOverlay';
import { useKeyDispatcher } from '../features/shortcuts/use-key-dispatcher';
import { OpenFolderDialog } from '../features/workspace/OpenFolderDialog';
import { OpenFolderPanel } from '../features/workspace/OpenFolderPanel';
import { StatusBar } from '../features/workspace/StatusBar';
import { useFolderOpening } from '../features/workspace/use-folder-opening';
import { WorkspaceBar } from '../features/workspace/WorkspaceBar';
import { useWorkbench } from '../store/context';
import { Workbench } from './layout/Workbench';
import { useStoreHandle } from './store-handle';
import { useDocumentFlags } from './use-document-flags';

/** The workbench frame: top bar, sidebar | reader panes | details, status bar, overlays. */
export function App() {
  const workspace = useWorkbench((s) => s.workspace);
  const loaded = useWorkbench((s) => s.libraryLoaded);
  const opening = useFolderOpening();
  const openDropped = useWorkbench((s) => s.openDropped);
  const store = useStoreHandle();
  useKeyDispatcher(store);
  useDocumentFlags();
  const onDrop = (e: DragEvent) => {
    const file = e.dataTransfer.files[0];
    if (!file) return;
    e.preventDefault();
    void openDropped(file);
  };
  return (
    <div
      className="app"
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) e.preventDefault();
      }}
      onDrop={onDrop}
    >
      <WorkspaceBar opening={opening} />
      {workspace ? (
        <Workbench />
      ) : (
        <main className="welcome" aria-label="Welcome">
          {opening ? (
            <p className="hint" role="status">
              Opening the folder… Large folders take a while the first time; the progress is in the status bar
              below, and the library appears as soon as the files are read.
            </p>
          ) : loaded ? (
            <OpenFolderPanel />
          ) : (
            <p className="hint" role="status">
              Starting…
            </p>
          )}
        </main>
      )}
      <StatusBar />
      <CommandPalette />
      <ShortcutsOverlay />
      <OpenFolderDialog />
    </div>
  );
}
