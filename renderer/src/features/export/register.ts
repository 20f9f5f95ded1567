import type { registry as Registry } from '../../app/registry';
import { CopyCitationTool } from './CopyCitationTool';
import { ExportHost } from './ExportHost';
import { ExportPanel } from './ExportPanel';
import { exportCommands } from './commands';

/** Everything the export domain plugs into the workbench (one call from registrations.ts). */
export function exportRegistrations(registry: typeof Registry): void {
  registry.sidebarPanels.push({ id: 'export', label: 'Export', order: 90, Component: ExportPanel });
  registry.selectionTools.push(CopyCitationTool);
  registry.paneSlots.push(ExportHost);
  registry.commands.push(...exportCommands);
}
