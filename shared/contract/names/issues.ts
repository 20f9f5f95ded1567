/** Method names of the issues domain (zero dependencies: read by the preload). */
export const ISSUES_METHODS = [
  'issues.list',
  'issues.suggestions',
  'issues.create',
  'issues.update',
  'issues.remove',
  'issues.setStatus',
  'issues.link',
  'issues.updateEvidence',
  'issues.unlink',
  'issues.accept',
  'issues.reject',
] as const;
