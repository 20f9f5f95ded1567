import { LibraryPanel } from '../features/library/LibraryPanel';
import { annotationRegistrations } from '../features/annotations/register';
import { entityRegistrations } from '../features/entities/register';
import { searchRegistrations } from '../features/search/register';
import { exportRegistrations } from '../features/export/register';
import { ingestRegistrations } from '../features/ingest/register';
import { DetailsPanel } from '../features/reader/DetailsPanel';
import { workbenchCommands } from '../features/shortcuts/builtin-commands';
import { issueCommands } from '../features/issues/commands';
import { DocEvidenceSection } from '../features/issues/DocEvidenceSection';
import { IssuesPanel } from '../features/issues/IssuesPanel';
import { issueEvidenceDecorations } from '../features/issues/decorations';
import { IssueLinkTool } from '../features/issues/IssueLinkTool';
import { registry } from './registry';

/**
 * Every domain's contribution to the workbench, one block per domain. Imported once by main.tsx before
 * the first render. Keep entries as one-line additions per domain.
 */
registry.sidebarPanels.push({ id: 'library', label: 'Library', order: 0, Component: LibraryPanel });
registry.rightPanels.push({ id: 'details', label: 'Details', order: 0, Component: DetailsPanel });
registry.commands.push(...workbenchCommands);
registry.sidebarPanels.push({ id: 'issues', label: 'Issues', order: 30, Component: IssuesPanel });
registry.rightPanels.push({
  id: 'issue-evidence',
  label: 'Issue evidence',
  order: 30,
  Component: DocEvidenceSection,
});
registry.commands.push(...issueCommands);
entityRegistrations(registry);
searchRegistrations(registry);
annotationRegistrations(registry);
exportRegistrations(registry);
ingestRegistrations(registry);
registry.decorationSources.push(issueEvidenceDecorations);
registry.selectionTools.push(IssueLinkTool);
