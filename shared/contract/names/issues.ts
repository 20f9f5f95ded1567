/** Method names of the issues domain (zero dependencies: read by the preload). */
export const ISSUES_METHODS = [
  'issues.list',
  'issues.suggestions',
  'issues.suggestion',
  'issues.create',
  'issues.update',
  'issues.remove',
  'issues.restore',
  'issues.setStatus',
  'issues.link',
  'issues.updateEvidence',
  'issues.unlink',
  'issues.actorCandidates',
  'issues.accept',
  'issues.reject',
] as const;
