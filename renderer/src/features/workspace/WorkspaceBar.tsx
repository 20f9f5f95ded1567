import { useWorkbench } from '../../store/context';
import { Button, IconButton } from '../../ui';
import type { ThemeChoice } from '../../store/slices/ui-slice';

const THEMES: { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'System theme' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** The top bar: folder (or that one is being opened), open folder, split, panels, theme, command palette. */
export function WorkspaceBar({ opening }: { opening: boolean }) {
  const workspace = useWorkbench((s) => s.workspace);
  const toggleSplit = useWorkbench((s) => s.toggleSplit);
  const split = useWorkbench((s) => s.panes.length > 1);
  const rightOpen = useWorkbench((s) => s.rightPanelOpen);
  const toggleRight = useWorkbench((s) => s.toggleRightPanel);
  const sidebarOpen = useWorkbench((s) => s.sidebarOpen);
  const toggleSidebar = useWorkbench((s) => s.toggleSidebar);
  const theme = useWorkbench((s) => s.theme);
  const setTheme = useWorkbench((s) => s.setTheme);
  const setPaletteOpen = useWorkbench((s) => s.setPaletteOpen);
  const canPick = useWorkbench((s) => s.appInfo?.canPickFolder ?? false);
  const pickFolder = useWorkbench((s) => s.pickFolder);
  const setOpenFolderOpen = useWorkbench((s) => s.setOpenFolderOpen);
  return (
    <header className="topbar">
      <span className="brand" aria-hidden="true">
        ▤ Dossier
      </span>
      <span className="folder-name" title={workspace?.root}>
        {workspace ? workspace.name : opening ? 'Opening folder…' : 'No folder open'}
      </span>
      {workspace && (
        <Button variant="quiet" onClick={() => (canPick ? void pickFolder() : setOpenFolderOpen(true))}>
          Open folder…
        </Button>
      )}
      <span className="spacer" />
      <Button
        variant="quiet"
        className="palette-button"
        onClick={() => setPaletteOpen(true)}
        aria-label="Command palette"
      >
        <span aria-hidden="true">⌕</span> Commands <kbd>Ctrl K</kbd>
      </Button>
      {workspace && (
        <>
          <IconButton label="Toggle sidebar" pressed={sidebarOpen} onClick={toggleSidebar}>
            ◧
          </IconButton>
          <IconButton label="Toggle split view (Ctrl+\)" pressed={split} onClick={toggleSplit}>
            ◫
          </IconButton>
          <IconButton label="Toggle details panel" pressed={rightOpen} onClick={toggleRight}>
            ◨
          </IconButton>
        </>
      )}
      <label className="theme-switch">
        <span className="visually-hidden">Theme</span>
        <select aria-label="Theme" value={theme} onChange={(e) => setTheme(e.target.value as ThemeChoice)}>
          {THEMES.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </select>
      </label>
    </header>
  );
}
