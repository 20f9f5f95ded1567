import type { Evidence, Issue } from '../../../shared/model/issue';
import { DossierError } from '../errors';
import type { Session } from '../session';
import { issueCollections } from './store';

/** What deleting an issue did, so the UI can say it and offer to undo it. */
export interface Removal {
  removed: number;
  /** Evidence links deleted with it (annotations tagged with the issue are kept, untagged from it). */
  evidence: number;
  /** Sub-issues moved up to the deleted issue's parent. */
  children: number;
}

interface Snapshot {
  issue: Issue;
  evidence: Evidence[];
  /** Sub-issues as they were (with their old parent), to put back under it. */
  children: Issue[];
}

/** Deleted issues of this session by id, newest last: what `issues.restore` can bring back. */
const trash = new WeakMap<Session, Map<string, Snapshot>>();
/** Snapshots kept per session (each is one issue and its evidence: small). */
const MAX_TRASH = 50;

/**
 * Deletes an issue and its evidence links; its sub-issues move up to its parent. Annotations are never
 * touched. The deletion is kept in memory for this session so {@link restoreIssue} can undo it.
 */
export async function removeIssue(session: Session, id: string): Promise<Removal> {
  const { issues, evidence } = await issueCollections(session);
  const issue = issues.get(id);
  if (!issue) return { removed: 0, evidence: 0, children: 0 };
  const at = new Date().toISOString();
  const children = issues.all().filter((i) => i.parentId === id);
  const links = evidence.all().filter((e) => e.issueId === id);
  await issues.putMany(children.map((c) => ({ ...c, parentId: issue.parentId, updatedAt: at })));
  for (const e of links) await evidence.remove(e.id);
  await issues.remove(id);
  let bin = trash.get(session);
  if (!bin) trash.set(session, (bin = new Map()));
  bin.set(id, { issue, evidence: links, children });
  while (bin.size > MAX_TRASH) bin.delete(bin.keys().next().value as string);
  return { removed: 1, evidence: links.length, children: children.length };
}

/**
 * Undoes {@link removeIssue} of this session: the issue, its evidence links and its sub-issues'
 * place under it come back (a sub-issue moved elsewhere since, or deleted, is left where it is).
 */
export async function restoreIssue(session: Session, id: string): Promise<Issue> {
  const snap = trash.get(session)?.get(id);
  if (!snap)
    throw new DossierError(
      'not_found',
      `issues: "${id}" was not deleted in this session, so it cannot be restored. Recreate it by hand.`,
    );
  const { issues, evidence } = await issueCollections(session);
  if (issues.get(id)) return issues.get(id) as Issue;
  if (snap.issue.parentId && !issues.get(snap.issue.parentId)) snap.issue.parentId = null;
  await issues.put(snap.issue);
  await evidence.putMany(snap.evidence);
  const back = snap.children.flatMap((c) => {
    const now = issues.get(c.id);
    return now && now.parentId === snap.issue.parentId ? [{ ...now, parentId: id }] : [];
  });
  await issues.putMany(back);
  trash.get(session)?.delete(id);
  return snap.issue;
}
