import { z } from 'zod';
import { ProgressSchema, UiCommandSchema, WorkspaceInfoSchema } from '../model/workspace';
import { annotationsEvents, annotationsMethods } from './domains/annotations';
import { appMethods } from './domains/app';
import { documentMethods } from './domains/documents';
import { entitiesEvents, entitiesMethods } from './domains/entities';
import { exportMethods } from './domains/export';
import { ingestMethods } from './domains/ingest';
import { issuesMethods } from './domains/issues';
import { searchMethods } from './domains/search';
import { workspaceMethods } from './domains/workspace';
import type { EventName, MethodName } from './methods';
import type { MethodSpec } from './spec';

/**
 * The contract table (DESIGN.md §3): method → params schema → result schema. Every host is generated
 * from it; each domain keeps its rows in domains/<domain>.ts.
 */
export const contract = {
  ...appMethods,
  ...workspaceMethods,
  ...documentMethods,
  ...issuesMethods,
  ...searchMethods,
  ...entitiesMethods,
  ...annotationsMethods,
  ...exportMethods,
  ...ingestMethods,
} satisfies Record<MethodName, MethodSpec>;

/** Payload schema of every event the services push. */
export const eventSchemas = {
  'workspace.opened': WorkspaceInfoSchema,
  /**
   * The open folder was closed with none in its place (an open of another folder failed after closing
   * it): `root` is the folder closed, `reason` what went wrong.
   */
  'workspace.closed': z.object({ root: z.string(), reason: z.string() }),
  'index.progress': ProgressSchema,
  'documents.changed': z.object({ ids: z.array(z.string()), reason: z.string() }),
  'file.changed': z.object({ path: z.string(), kind: z.enum(['added', 'changed', 'removed']) }),
  'sidecar.saved': z.object({ at: z.string(), file: z.string() }),
  /** A native-menu or shortcut command for the renderer (desktop host only). */
  'ui.command': z.object({ command: UiCommandSchema }),
  /** Open a document and show a passage (a `dossier://` link opened the app; desktop host only). */
  'ui.reveal': z.object({
    docId: z.string(),
    start: z.number().int().min(0).nullable(),
    end: z.number().int().min(0).nullable(),
  }),
  ...entitiesEvents,
  ...annotationsEvents,
} satisfies Record<EventName, z.ZodType>;
