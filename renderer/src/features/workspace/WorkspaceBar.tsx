import { useWorkbench } from '../../store/context';

/** The top bar: folder name, open-folder action, split. */
export function WorkspaceBar() {
  const workspace = useWorkbench((s) => s.workspace);
  const splitPane = useWorkbench((s) => s.splitPane);
  return (
    <header className="topbar">
      <span className="brand" aria-hidden="true">
        Dossier
      </span>
      <span className="folder-name" title={workspace?.root}>
        {workspace ? workspace.name : 'No folder open'}
      </span>
      <span className="spacer" />
      {workspace && (
        <button type="button" onClick={splitPane} title="Open another reader pane (Ctrl+\)">
          Split
        </button>
      )}
    </header>
  );
}
