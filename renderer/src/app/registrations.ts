import { LibraryPanel } from '../features/library/LibraryPanel';
import { registry } from './registry';

/**
 * Every domain's contribution to the workbench, one block per domain. Imported once by main.tsx before
 * the first render. Keep entries as one-line additions per domain.
 */
registry.sidebarPanels.push({ id: 'library', label: 'Library', order: 0, Component: LibraryPanel });
