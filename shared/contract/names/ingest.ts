/** Method names of the ingest domain (zero dependencies: read by the preload). */
export const INGEST_METHODS = [
  'workspace.cancel',
  'documents.copies',
  'documents.encodings',
  'documents.setEncoding',
] as const;

/** Ingest reports through the core events (`index.progress`, `file.changed`, `documents.changed`). */
export const INGEST_EVENTS = [] as const;
