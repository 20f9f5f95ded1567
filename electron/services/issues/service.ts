import { randomUUID } from 'node:crypto';
import { parseDocumentId } from '../../../shared/model/ids';
import {
  ISSUE_PALETTE,
  type Citation,
  type Evidence,
  type Issue,
  type IssueStatus,
  type IssueView,
  type Stance,
  type Suggestion,
} from '../../../shared/model/issue';
import { DossierError } from '../errors';
import type { Session } from '../session';
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
    requireIssue(issues.get(patch.parentId), patch.parentId);
    if (withDescendants(issues.all(), [issue.id]).has(patch.parentId))
      throw new DossierError(
        'invalid_params',
        `issues: "${issue.title}" cannot sit under its own sub-issue. Choose another parent.`,
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

/** Deletes an issue and its evidence links; its sub-issues move up to its parent. */
export async function removeIssue(session: Session, id: string): Promise<number> {
  const { issues, evidence } = await issueCollections(session);
  const issue = issues.get(id);
  if (!issue) return 0;
  const children = issues.all().filter((i) => i.parentId === id);
  await issues.putMany(children.map((c) => ({ ...c, parentId: issue.parentId, updatedAt: now() })));
  for (const e of evidence.all().filter((e) => e.issueId === id)) await evidence.remove(e.id);
  await issues.remove(id);
  return 1;
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
  const ws = session.workspace();
  const issue = requireIssue(issues.get(input.id), input.id);
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
        at: input.at ?? today(),
        from: issue.status,
        to: input.status,
        note: input.note ?? '',
        cites,
        recordedAt: at,
      },
    ],
  };
  await issues.put(next);
  return (
    (await issuesFor(session, { ids: [next.id] })).find((i) => i.id === next.id) ??
    issueView(ws, docIndex(ws), next, evidence.all())
  );
}

/** A passage of a document with its exact quote, checked against the document's bounds. */
export function passageOf(session: Session, p: { docId: string; start: number; end: number }) {
  const ws = session.workspace();
  const doc = ws.get(p.docId);
  const file = ws.files.get(parseDocumentId(p.docId).path);
  if (!file || p.start < doc.start || p.end > doc.end || p.end <= p.start)
    throw new DossierError(
      'invalid_params',
      `issues: the passage ${p.start}–${p.end} is outside "${doc.title}". Select text inside the document.`,
    );
  return { docId: p.docId, start: p.start, end: p.end, quote: file.text.slice(p.start, p.end) };
}

/** What {@link linkEvidence} takes. */
export interface NewEvidence {
  issueId: string;
  docId: string;
  start: number;
  end: number;
  stance: Stance;
  actor?: string | null | undefined;
  entityId?: string | null | undefined;
  annotationId?: string | null | undefined;
  cue?: string | null | undefined;
  suggestionKey?: string | null | undefined;
}

/** Links a passage to an issue. */
export async function linkEvidence(session: Session, input: NewEvidence): Promise<Evidence> {
  const { issues, evidence } = await issueCollections(session);
  requireIssue(issues.get(input.issueId), input.issueId);
  const record = buildEvidence(session, input);
  await evidence.put(record);
  return record;
}

function buildEvidence(session: Session, input: NewEvidence): Evidence {
  const passage = passageOf(session, input);
  return {
    ...passage,
    id: `ev-${randomUUID().slice(0, 12)}`,
    issueId: input.issueId,
    annotationId: input.annotationId ?? null,
    stance: input.stance,
    actor: input.actor?.trim() || null,
    entityId: input.entityId ?? null,
    cue: input.cue ?? null,
    suggestionKey: input.suggestionKey ?? null,
    createdAt: now(),
  };
}

/** Changes stance or actor of one piece of evidence. */
export async function updateEvidence(
  session: Session,
  input: {
    id: string;
    stance?: Stance | undefined;
    actor?: string | null | undefined;
    entityId?: string | null | undefined;
  },
): Promise<Evidence> {
  const { evidence } = await issueCollections(session);
  const e = evidence.get(input.id);
  if (!e)
    throw new DossierError(
      'not_found',
      `issues: no evidence "${input.id}"; it may have been removed. Reload the issue.`,
    );
  const next: Evidence = { ...e };
  if (input.stance) next.stance = input.stance;
  if (input.actor !== undefined) next.actor = input.actor?.trim() || null;
  if (input.entityId !== undefined) next.entityId = input.entityId;
  await evidence.put(next);
  return next;
}

/** Removes one piece of evidence. */
export async function unlinkEvidence(session: Session, id: string): Promise<number> {
  const { evidence } = await issueCollections(session);
  if (!evidence.get(id)) return 0;
  await evidence.remove(id);
  return 1;
}

/** Suggestions for the open folder, without rejected or already-linked passages. */
export async function suggestions(session: Session): Promise<Suggestion[]> {
  const ws = session.workspace();
  const { issues, evidence, rejections } = await issueCollections(session);
  const hidden = new Set<string>(rejections.all().map((r) => r.id));
  for (const e of evidence.all()) if (e.suggestionKey) hidden.add(e.suggestionKey);
  const issueByTopic = new Map<string, string>();
  for (const i of issues.all()) if (i.topicKey) issueByTopic.set(i.topicKey, i.id);
  return groupSuggestions(await detectionsFor(ws), { docs: docIndex(ws), hidden, issueByTopic });
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
  const ws = session.workspace();
  return issueView(ws, docIndex(ws), issues.get(issue.id) ?? issue, evidence.all());
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
