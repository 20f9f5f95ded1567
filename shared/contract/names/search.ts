/** Method names of the search domain (zero dependencies: read by the preload). */
export const SEARCH_METHODS = [
  'search.query',
  'search.explain',
  'search.status',
  'search.history',
  'search.history.clear',
  'search.saved.list',
  'search.saved.save',
  'search.saved.rename',
  'search.saved.delete',
] as const;

/** Search pushes no events of its own: index building reports through `index.progress`. */
export const SEARCH_EVENTS = [] as const;
