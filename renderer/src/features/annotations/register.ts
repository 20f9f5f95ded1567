import type { registry as Registry } from '../../app/registry';
import { AnnotateTool } from './AnnotateTool';
import { AnnotationsPaneSlot } from './AnnotationsPaneSlot';
import { AnnotationsPanel } from './AnnotationsPanel';
import { AnnotationsSection } from './AnnotationsSection';
import { annotationCommands } from './commands';
import { annotationDecorations } from './decorations';

/** Everything the annotations domain plugs into the workbench (one call from registrations.ts). */
export function annotationRegistrations(registry: typeof Registry): void {
  registry.sidebarPanels.push({
    id: 'annotations',
    label: 'Annotations',
    order: 40,
    Component: AnnotationsPanel,
  });
  registry.rightPanels.push({
    id: 'annotations',
    label: 'Annotations',
    order: 10,
    Component: AnnotationsSection,
  });
  registry.decorationSources.push(annotationDecorations);
  registry.paneSlots.push(AnnotationsPaneSlot);
  // First in the toolbar: highlighting is the most common action on a selection.
  registry.selectionTools.unshift(AnnotateTool);
  registry.commands.push(...annotationCommands);
}
