import { LibraryPanel } from '../features/library/LibraryPanel';
import { ReaderArea } from '../features/reader/ReaderArea';
import { StatusBar } from '../features/workspace/StatusBar';
import { WorkspaceBar } from '../features/workspace/WorkspaceBar';
import { useWorkbench } from '../store/context';
import { OpenFolderPanel } from '../features/workspace/OpenFolderPanel';

/** The workbench frame: toolbar, library sidebar, reader panes, status bar. */
export function App() {
  const workspace = useWorkbench((s) => s.workspace);
  return (
    <div className="app">
      <WorkspaceBar />
      {workspace ? (
        <div className="workbench">
          <nav className="sidebar" aria-label="Library">
            <LibraryPanel />
          </nav>
          <main className="reader-area" aria-label="Reader">
            <ReaderArea />
          </main>
        </div>
      ) : (
        <main className="welcome" aria-label="Welcome">
          <OpenFolderPanel />
        </main>
      )}
      <StatusBar />
    </div>
  );
}
