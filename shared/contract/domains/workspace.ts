import { z } from 'zod';
import { IngestReportSchema } from '../../model/document';
import { WorkspaceInfoSchema } from '../../model/workspace';
import { method } from '../spec';

/** Opening folders and reading what the scan found. */
export const workspaceMethods = {
  'workspace.open': method(
    'Open a folder in place: scan and index it, load its sidecar. Resolves when the library is ready.',
    z.object({ path: z.string().min(1).max(4096) }),
    WorkspaceInfoSchema,
  ),
  'workspace.pick': method(
    'Ask the user for a folder with the native dialog and open it; null when cancelled. Desktop only.',
    z.object({}),
    WorkspaceInfoSchema.nullable(),
  ),
  'workspace.current': method(
    'The open folder, or null when none is open.',
    z.object({}),
    WorkspaceInfoSchema.nullable(),
  ),
  'workspace.report': method(
    'What the last scan indexed and what it skipped, with reasons.',
    z.object({}),
    IngestReportSchema,
  ),
  'workspace.recent': method('Recently opened folders, newest first.', z.object({}), z.array(z.string())),
};
