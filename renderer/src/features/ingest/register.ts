import type { registry as Registry } from '../../app/registry';
import { FilePanel } from './FilePanel';

/** Everything the ingest domain plugs into the workbench (one call from registrations.ts). The status-bar
 * progress ({@link ./IngestProgress}) is mounted by the layout. */
export function ingestRegistrations(registry: typeof Registry): void {
  registry.rightPanels.push({ id: 'file', label: 'File', order: 10, Component: FilePanel });
  registry.commands.push({
    id: 'ingest.cancel',
    title: 'Cancel folder scan',
    group: 'Library',
    enabled: (s) => s.progress !== null && s.progress.phase !== 'done',
    run: ({ store }) => store.getState().cancelScan(),
  });
}
