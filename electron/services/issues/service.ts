import { randomUUID } from 'node:crypto';
import {
  ISSUE_PALETTE,
  type Citation,
  type Issue,
  type IssueStatus,
  type IssueView,
  type Suggestion,
} from '../../../shared/model/issue';
import { DossierError } from '../errors';
import type { Session } from '../session';
import { ANNOTATION_EVIDENCE, buildEvidence, passageOf } from './evidence';
import { issueCollections } from './store';
import { detectionsFor, groupSuggestions } from './suggest';
import { docIndex, issuesFor, issueView, withDescendants } from './views';
import { getAnnotation } from '../annotations/service';

const now = () => new Date().toISOString();
const today = () => now().slice(0, 10);

/** Fields an analyst sets when creating an issue. */
export interface NewIssue {
  title: string;
  description?: string | undefined;
  colour?: string | undefined;
  parentId?: string | null | undefined;
  aliases?: string[] | undefined;
  topicKey?: string | null | undefined;
}

/** Creates an issue with status `open` and a first history entry. */
export async function createIssue(session: Session, input: NewIssue): Promise<Issue> {
  const { issues } = await issueCollections(session);
  if (input.parentId) requireIssue(issues.get(input.parentId), input.parentId);
  const at = now();
  const issue: Issue = {
    id: `issue-${randomUUID().slice(0, 8)}`,
    title: input.title.trim(),
    description: input.description ?? '',
    colour: input.colour ?? ISSUE_PALETTE[issues.all().length % ISSUE_PALETTE.length] ?? '#1f77b4',
    parentId: input.parentId ?? null,
    status: 'open',
    history: [{ at: at.slice(0, 10), from: null, to: 'open', note: 'created', cites: null, recordedAt: at }],
    aliases: input.aliases ?? [],
    topicKey: input.topicKey ?? null,
    createdAt: at,
    updatedAt: at,
  };
  await issues.put(issue);
  return issue;
}

/** Edits title, description, colour, parent or aliases. A parent may not be the issue or its descendant. */
export async function updateIssue(
  session: Session,
  patch: {
    id: string;
    title?: string | undefined;
    description?: string | undefined;
    colour?: string | undefined;
    parentId?: string | null | undefined;
    aliases?: string[] | undefined;
  },
): Promise<Issue> {
  const { issues } = await issueCollections(session);
  const issue = requireIssue(issues.get(patch.id), patch.id);
  if (patch.parentId) {
    const parent = requireIssue(issues.get(patch.parentId), patch.parentId);
    if (parent.id === issue.id)
      throw new DossierError(
        'invalid_params',
        `issues: "${issue.title}" cannot sit under itself. Choose another parent, or none.`,
      );
    if (withDescendants(issues.all(), [issue.id]).has(parent.id))
      throw new DossierError(
        'invalid_params',
        `issues: "${issue.title}" cannot move under "${parent.title}", which is one of its own sub-issues (that would make a loop). Move "${parent.title}" out first, or choose another parent.`,
      );
  }
  const next: Issue = { ...issue, updatedAt: now() };
  if (patch.title !== undefined) next.title = patch.title.trim();
  if (patch.description !== undefined) next.description = patch.description;
  if (patch.colour !== undefined) next.colour = patch.colour;
  if (patch.parentId !== undefined) next.parentId = patch.parentId;
  if (patch.aliases !== undefined) next.aliases = patch.aliases;
  await issues.put(next);
  return next;
}

/** Changes the status; the history entry is dated (`at`, default today) and cites its evidence. */
export async function setStatus(
  session: Session,
  input: {
    id: string;
    status: IssueStatus;
    at?: string | undefined;
    note?: string | undefined;
    cites: {
      annotationId?: string | undefined;
      evidenceId?: string | undefined;
      passage?: { docId: string; start: number; end: number } | undefined;
    };
  },
): Promise<IssueView> {
  const { issues, evidence } = await issueCollections(session);
  const issue = requireIssue(issues.get(input.id), input.id);
  const cited = { ...input.cites };
  // Evidence that is an annotation is cited as that annotation.
  if (cited.evidenceId?.startsWith(ANNOTATION_EVIDENCE)) {
    cited.annotationId ??= cited.evidenceId.slice(ANNOTATION_EVIDENCE.length);
    delete cited.evidenceId;
  }
  input = { ...input, cites: cited };
  const cites: Citation = { annotationId: input.cites.annotationId ?? null, evidenceId: null, passage: null };
  if (input.cites.evidenceId) {
    const e = evidence.get(input.cites.evidenceId);
    if (!e)
      throw new DossierError(
        'not_found',
        `issues: no evidence "${input.cites.evidenceId}". Pick a passage from the issue's evidence list.`,
      );
    cites.evidenceId = e.id;
    cites.passage = { docId: e.docId, start: e.start, end: e.end, quote: e.quote };
  }
  if (input.cites.annotationId) {
    const a = await getAnnotation(session, input.cites.annotationId);
    const range = a.current ?? a.position;
    cites.passage ??= { docId: a.docId, start: range.start, end: range.end, quote: a.quote.exact };
  }
  if (input.cites.passage) cites.passage = passageOf(session, input.cites.passage);
  const at = now();
  const next: Issue = {
    ...issue,
    status: input.status,
    updatedAt: at,
    history: [
      ...issue.history,
      {
        // The change happened when the cited passage was published, unless the analyst says otherwise.
        at: input.at ?? citedDate(session, cites) ?? today(),
        from: issue.status,
        to: input.status,
        note: input.note ?? '',
        cites,
        recordedAt: at,
      },
    ],
  };
  await issues.put(next);
  return viewOf(session, next);
}

/** The publication date (YYYY-MM-DD) of the document a citation points into, if it has one. */
function citedDate(session: Session, cites: Citation): string | null {
  const docId = cites.passage?.docId;
  if (!docId) return null;
  const date = docIndex(session.workspace()).get(docId)?.date;
  return date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : null;
}

/** One issue as `issues.list` shows it (evidence from annotations and actor entities joined). */
async function viewOf(session: Session, issue: Issue): Promise<IssueView> {
  const { evidence } = await issueCollections(session);
  const ws = session.workspace();
  return (
    (await issuesFor(session, { ids: [issue.id] })).find((i) => i.id === issue.id) ??
    issueView(ws, docIndex(ws), issue, evidence.all())
  );
}

/** Suggestions for the open folder, without rejected or already-linked passages. */
export async function suggestions(session: Session): Promise<Suggestion[]> {
  const ws = session.workspace();
  const { issues, evidence, rejections } = await issueCollections(session);
  const hidden = new Set<string>(rejections.all().map((r) => r.id));
  for (const e of evidence.all()) if (e.suggestionKey) hidden.add(e.suggestionKey);
  const issueByTopic = new Map<string, string>();
  for (const i of issues.all()) if (i.topicKey) issueByTopic.set(i.topicKey, i.id);
  return groupSuggestions(await detectionsFor(ws, session.options.cacheDir), {
    docs: docIndex(ws),
    hidden,
    issueByTopic,
  });
}

/** Accepts a suggestion: creates (or reuses) the issue and links its passages as evidence. */
export async function acceptSuggestion(
  session: Session,
  input: {
    topic: string;
    issueId?: string | undefined;
    title?: string | undefined;
    keys?: string[] | undefined;
  },
): Promise<IssueView> {
  const suggestion = (await suggestions(session)).find((s) => s.topic === input.topic);
  if (!suggestion)
    throw new DossierError(
      'not_found',
      `issues: no suggestion for "${input.topic}" any more; it may have been accepted or rejected. Refresh the suggestions.`,
    );
  const { issues, evidence } = await issueCollections(session);
  const targetId = input.issueId ?? suggestion.issueId;
  const issue = targetId
    ? requireIssue(issues.get(targetId), targetId)
    : await createIssue(session, {
        title: input.title ?? capitalise(suggestion.label),
        topicKey: suggestion.topic,
      });
  const keys = input.keys ? new Set(input.keys) : null;
  const records = suggestion.evidence
    .filter((s) => !keys || keys.has(s.key))
    .map((s) =>
      buildEvidence(session, {
        issueId: issue.id,
        docId: s.docId,
        start: s.start,
        end: s.end,
        stance: s.stance,
        actor: s.actor,
        cue: s.cue,
        suggestionKey: s.key,
      }),
    );
  await evidence.putMany(records);
  return viewOf(session, issues.get(issue.id) ?? issue);
}

/** Rejects a suggestion's passages (all or `keys`); stored by stable key so re-ingest keeps them out. */
export async function rejectSuggestion(
  session: Session,
  input: { topic: string; keys?: string[] | undefined },
): Promise<number> {
  const suggestion = (await suggestions(session)).find((s) => s.topic === input.topic);
  if (!suggestion) return 0;
  const { rejections } = await issueCollections(session);
  const keys = input.keys ? new Set(input.keys) : null;
  const at = now();
  const rows = suggestion.evidence
    .filter((s) => !keys || keys.has(s.key))
    .map((s) => ({ id: s.key, topic: suggestion.topic, docId: s.docId, quote: s.quote, rejectedAt: at }));
  await rejections.putMany(rows);
  return rows.length;
}

function requireIssue(issue: Issue | undefined, id: string): Issue {
  if (!issue)
    throw new DossierError(
      'not_found',
      `issues: no issue "${id}"; it may have been deleted. Reload the issue list.`,
    );
  return issue;
}

function capitalise(s: string): string {
  return s ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}
