import { useEffect } from 'react';
import { useWorkbench } from '../store/context';

/**
 * Mirrors app state onto <html>: `data-theme` (absent = follow the OS) and `data-dossier-ready`
 * ('true' once the library has loaded, 'false' while a folder opens) so e2e tests wait on a named state.
 */
export function useDocumentFlags(): void {
  const theme = useWorkbench((s) => s.theme);
  const ready = useWorkbench((s) => s.libraryLoaded && !s.opening);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
  useEffect(() => {
    document.documentElement.dataset.dossierReady = ready ? 'true' : 'false';
  }, [ready]);
}
