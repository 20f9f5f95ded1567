import { DEFAULT_SUGGESTION_PREVIEW } from '../../../shared/contract/domains/issues';
import type { Session } from '../session';
import { previewOf } from './suggest';
import { registerIssueSearch } from './search-provider';
import { findActorEntities, linkEvidence, unlinkEvidence, updateEvidence } from './evidence';
import { removeIssue, restoreIssue } from './remove';
import {
  acceptSuggestion,
  createIssue,
  rejectSuggestion,
  setStatus,
  suggestions,
  updateIssue,
} from './service';
import { issuesFor } from './views';

/** Handlers of the `issues.*` methods. */
export function issuesHandlers(session: Session) {
  registerIssueSearch(session);
  return {
    'issues.list': async () => issuesFor(session),
    'issues.suggestions': async (p: { preview?: number | 'all' | undefined; limit?: number | undefined }) =>
      (await suggestions(session))
        .slice(0, p.limit)
        .map((s) => previewOf(s, p.preview ?? DEFAULT_SUGGESTION_PREVIEW)),
    'issues.suggestion': async ({ topic }: { topic: string }) =>
      (await suggestions(session)).find((s) => s.topic === topic) ?? null,
    'issues.create': async (p: Parameters<typeof createIssue>[1]) => createIssue(session, p),
    'issues.update': async (p: Parameters<typeof updateIssue>[1]) => updateIssue(session, p),
    'issues.remove': async ({ id }: { id: string }) => removeIssue(session, id),
    'issues.restore': async ({ id }: { id: string }) => restoreIssue(session, id),
    'issues.setStatus': async (p: Parameters<typeof setStatus>[1]) => setStatus(session, p),
    'issues.link': async (p: Parameters<typeof linkEvidence>[1]) => linkEvidence(session, p),
    'issues.updateEvidence': async (p: Parameters<typeof updateEvidence>[1]) => updateEvidence(session, p),
    'issues.unlink': async ({ id }: { id: string }) => ({ removed: await unlinkEvidence(session, id) }),
    'issues.actorCandidates': async ({ query }: { query: string }) => findActorEntities(session, query),
    'issues.accept': async (p: Parameters<typeof acceptSuggestion>[1]) => acceptSuggestion(session, p),
    'issues.reject': async (p: Parameters<typeof rejectSuggestion>[1]) => ({
      rejected: await rejectSuggestion(session, p),
    }),
  };
}
