import type { Issue, Evidence } from '../../../shared/model/issue';
import { fieldProviders } from '../search/field-providers';
import type { Session } from '../session';
import { issueCollections } from './store';

/** Folds a title, alias or query value for matching: case, accents and spacing do not matter. */
export function foldName(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Documents per issue name: `issue:"Security guarantees"` matches the documents holding evidence of
 * that issue or of any of its sub-issues. Names are the title, the aliases, the topic key and the id.
 */
export function buildIssueDocIndex(
  issues: readonly Issue[],
  evidence: readonly Evidence[],
): Map<string, Set<string>> {
  const docsOf = new Map<string, Set<string>>();
  for (const e of evidence) {
    let s = docsOf.get(e.issueId);
    if (!s) docsOf.set(e.issueId, (s = new Set()));
    s.add(e.docId);
  }
  const withChildren = (id: string, seen = new Set<string>()): Set<string> => {
    const out = new Set(docsOf.get(id) ?? []);
    seen.add(id);
    for (const child of issues) {
      if (child.parentId === id && !seen.has(child.id))
        for (const d of withChildren(child.id, seen)) out.add(d);
    }
    return out;
  };
  const index = new Map<string, Set<string>>();
  for (const issue of issues) {
    const docs = withChildren(issue.id);
    for (const name of [issue.title, issue.id, issue.topicKey ?? '', ...issue.aliases]) {
      if (!name) continue;
      const key = foldName(name);
      const merged = index.get(key) ?? new Set<string>();
      for (const d of docs) merged.add(d);
      index.set(key, merged);
    }
  }
  return index;
}

const registered = new WeakSet<Session>();
const EMPTY: ReadonlySet<string> = new Set();

/**
 * Registers the `issue:` search field for `session` (once). The provider answers from a map rebuilt
 * whenever the issue collections change, because search calls providers synchronously.
 */
export function registerIssueSearch(session: Session): void {
  if (registered.has(session)) return;
  registered.add(session);
  let index = new Map<string, Set<string>>();
  const registry = fieldProviders(session);
  registry.register({
    field: 'issue',
    kind: 'filter',
    docFilter: (value) => index.get(foldName(value)) ?? EMPTY,
    describe: (value) =>
      `issue ${value}: ${(index.get(foldName(value)) ?? EMPTY).size} documents with evidence`,
  });
  const refresh = async () => {
    if (!session.maybeWorkspace()) return;
    const { issues, evidence } = await issueCollections(session);
    const rebuild = () => {
      index = buildIssueDocIndex(issues.all(), evidence.all());
      registry.changed();
    };
    issues.onChange(rebuild);
    evidence.onChange(rebuild);
    rebuild();
  };
  session.events.subscribe((m) => {
    if (m.event === 'workspace.opened')
      void refresh().catch((e: unknown) => console.error('issues: search index failed:', e));
  });
  void refresh().catch(() => undefined);
}
