import { z } from 'zod';

/** Where the project sidecar lives and whether it can be written. */
export const SidecarInfoSchema = z.object({
  location: z.enum(['folder', 'app-data']),
  path: z.string(),
  readOnly: z.boolean(),
  /** Why the sidecar is where it is, or why it is read-only; null when nothing needs saying. */
  reason: z.string().nullable(),
});
/** A {@link SidecarInfoSchema} value. */
export type SidecarInfo = z.infer<typeof SidecarInfoSchema>;

/** The open folder, as the UI shows it. */
export const WorkspaceInfoSchema = z.object({
  root: z.string(),
  name: z.string(),
  sidecar: SidecarInfoSchema,
  documents: z.number().int().min(0),
  files: z.object({ indexed: z.number().int().min(0), skipped: z.number().int().min(0) }),
  state: z.enum(['indexing', 'ready']),
});
/** A {@link WorkspaceInfoSchema} value. */
export type WorkspaceInfo = z.infer<typeof WorkspaceInfoSchema>;

/** Which host the renderer is talking to. */
export const HostKindSchema = z.enum(['electron', 'serve', 'local']);
/** A {@link HostKindSchema} value. */
export type HostKind = z.infer<typeof HostKindSchema>;

/** Facts about the running app. */
export const AppInfoSchema = z.object({
  version: z.string(),
  host: HostKindSchema,
  platform: z.string(),
  canPickFolder: z.boolean(),
});
/** A {@link AppInfoSchema} value. */
export type AppInfo = z.infer<typeof AppInfoSchema>;

/** Progress of a long operation, for a progress bar. */
export const ProgressSchema = z.object({
  phase: z.enum(['scan', 'parse', 'index', 'done']),
  done: z.number().int().min(0),
  total: z.number().int().min(0),
  current: z.string().nullable(),
});
/** A {@link ProgressSchema} value. */
export type Progress = z.infer<typeof ProgressSchema>;

/** Commands the native menu sends to the renderer. */
export const UiCommandSchema = z.enum([
  'open-folder',
  'find',
  'find-in-corpus',
  'export',
  'toggle-split',
  'command-palette',
  'shortcuts',
]);
/** A {@link UiCommandSchema} value. */
export type UiCommand = z.infer<typeof UiCommandSchema>;
