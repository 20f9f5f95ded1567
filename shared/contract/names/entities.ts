/** Method names of the entities domain (zero dependencies: read by the preload). */
export const ENTITIES_METHODS = [
  'entities.list',
  'entities.get',
  'entities.forDocument',
  'entities.graph',
  'entities.decide',
  'entities.undo',
  'entities.history',
  'entities.exportGazetteer',
  'entities.importGazetteer',
] as const;

/** Event names of the entities domain. */
export const ENTITIES_EVENTS = ['entities.changed'] as const;
