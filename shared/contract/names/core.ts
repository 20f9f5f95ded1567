/** Method names of the app, workspace and documents domains (zero dependencies: read by the preload). */
export const CORE_METHODS = [
  'app.info',
  'workspace.open',
  'workspace.pick',
  'workspace.current',
  'workspace.report',
  'workspace.recent',
  'documents.list',
  'documents.get',
] as const;

/** Event names of the core domains. */
export const CORE_EVENTS = [
  'workspace.opened',
  'workspace.closed',
  'index.progress',
  'documents.changed',
  'file.changed',
  'sidecar.saved',
  'ui.command',
  'ui.reveal',
] as const;
