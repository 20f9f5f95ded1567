import type { registry as Registry } from '../../app/registry';
import { entityCommands } from './commands';
import { entityDecorations } from './decorations';
import { EntitiesPanel } from './EntitiesPanel';
import { EntityDocSection } from './EntityDocSection';
import { EntityPaneSlot } from './EntityPaneSlot';
import { EntityTagTool } from './EntityTagTool';

/** Everything the entities domain plugs into the workbench (one call from registrations.ts). */
export function entityRegistrations(registry: typeof Registry): void {
  registry.sidebarPanels.push({ id: 'entities', label: 'Entities', order: 20, Component: EntitiesPanel });
  registry.rightPanels.push({ id: 'entities', label: 'Entities', order: 20, Component: EntityDocSection });
  registry.decorationSources.push(entityDecorations);
  registry.paneSlots.push(EntityPaneSlot);
  registry.selectionTools.push(EntityTagTool);
  registry.commands.push(...entityCommands);
}
