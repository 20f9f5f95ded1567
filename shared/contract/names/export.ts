/** Method names of the export domain (zero dependencies: read by the preload). */
export const EXPORT_METHODS = ['export.preview', 'export.run', 'export.citation', 'export.import'] as const;
