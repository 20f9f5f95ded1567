import type { registry as Registry } from '../../app/registry';
import { searchCommands } from './commands';
import { findDecorations, searchHitDecorations } from './decorations';
import { HitNavigator } from './HitNavigator';
import { SearchPanel } from './SearchPanel';

/** Search's contributions: the sidebar panel, hit and find marks, the pane slot, commands. */
export function searchRegistrations(registry: typeof Registry): void {
  registry.sidebarPanels.push({ id: 'search', label: 'Search', order: 10, Component: SearchPanel });
  registry.decorationSources.push(searchHitDecorations, findDecorations);
  registry.paneSlots.push(HitNavigator);
  registry.commands.push(...searchCommands);
}
