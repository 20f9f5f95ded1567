import { z } from 'zod';
import { EvidenceSchema, IssueSchema, type Evidence, type Issue } from '../../../shared/model/issue';
import type { Session } from '../session';
import type { SidecarCollection } from '../sidecar/collection';
import { sidecarFor } from '../sidecar/store';

/** A rejected suggestion item, stored by its stable key (topic + docId + quote hash). */
export const RejectionSchema = z.object({
  id: z.string(),
  topic: z.string(),
  docId: z.string(),
  quote: z.string(),
  rejectedAt: z.string(),
});
/** A {@link RejectionSchema} value. */
export type Rejection = z.infer<typeof RejectionSchema>;

/** Schema versions of the issue collections (bump and add a migration when a record shape changes). */
const VERSION = 1;

/** The three sidecar collections of the issues domain. */
export interface IssueCollections {
  issues: SidecarCollection<Issue>;
  evidence: SidecarCollection<Evidence>;
  rejections: SidecarCollection<Rejection>;
}

/** Opens (once per workspace, cached by the sidecar store) the issue collections of the open folder. */
export async function issueCollections(session: Session): Promise<IssueCollections> {
  const store = sidecarFor(session);
  const [issues, evidence, rejections] = await Promise.all([
    store.collection<Issue>('issues', IssueSchema, VERSION),
    store.collection<Evidence>('issue-evidence', EvidenceSchema, VERSION),
    store.collection<Rejection>('issue-rejections', RejectionSchema, VERSION),
  ]);
  return { issues, evidence, rejections };
}
