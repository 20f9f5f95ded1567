/** Method names of the annotations domain (zero dependencies: read by the preload). */
export const ANNOTATIONS_METHODS = [
  'annotations.list',
  'annotations.get',
  'annotations.create',
  'annotations.createMany',
  'annotations.update',
  'annotations.delete',
  'annotations.reattach',
  'annotations.detach',
  'annotations.undo',
  'annotations.redo',
  'annotations.history',
  'annotations.status',
  'annotations.tags',
  'annotations.bindTag',
  // The project sidecar itself (owned with annotations: docs/annotations.md "Sidecar store API").
  'sidecar.status',
  'sidecar.move',
] as const;

/** Event names of the annotations domain. */
export const ANNOTATIONS_EVENTS = ['annotations.changed'] as const;
