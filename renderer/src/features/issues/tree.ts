import type { IssueView } from '../../../../shared/model/issue';

/** One issue in hierarchy order, with how deep it sits and its parent. */
export interface TreeRow {
  issue: IssueView;
  depth: number;
  parent: IssueView | null;
}

/**
 * Issues depth-first, children right under their parent (in list order). An issue whose parent is
 * missing is shown at the top level; a loop (which the service refuses) cannot hang the walk.
 */
export function issueTree(issues: readonly IssueView[]): TreeRow[] {
  const byId = new Map(issues.map((i) => [i.id, i]));
  const children = new Map<string | null, IssueView[]>();
  for (const i of issues) {
    const p = i.parentId && byId.has(i.parentId) ? i.parentId : null;
    const list = children.get(p) ?? [];
    list.push(i);
    children.set(p, list);
  }
  const out: TreeRow[] = [];
  const seen = new Set<string>();
  const walk = (parent: IssueView | null, depth: number) => {
    for (const issue of children.get(parent?.id ?? null) ?? []) {
      if (seen.has(issue.id)) continue;
      seen.add(issue.id);
      out.push({ issue, depth, parent });
      walk(issue, depth + 1);
    }
  };
  walk(null, 0);
  for (const i of issues) if (!seen.has(i.id)) out.push({ issue: i, depth: 0, parent: null });
  return out;
}

/** The issues above `id`, nearest last (the breadcrumb). */
export function ancestors(issues: readonly IssueView[], id: string): IssueView[] {
  const byId = new Map(issues.map((i) => [i.id, i]));
  const out: IssueView[] = [];
  const seen = new Set([id]);
  for (let p = byId.get(id)?.parentId; p && byId.has(p) && !seen.has(p); p = byId.get(p)?.parentId) {
    seen.add(p);
    out.unshift(byId.get(p) as IssueView);
  }
  return out;
}

/** The issues directly under `id`. */
export function childrenOf(issues: readonly IssueView[], id: string): IssueView[] {
  return issues.filter((i) => i.parentId === id);
}

/** `id` and every issue below it. */
export function subtreeIds(issues: readonly IssueView[], id: string): Set<string> {
  const out = new Set([id]);
  for (let grew = true; grew;) {
    grew = false;
    for (const i of issues)
      if (i.parentId && out.has(i.parentId) && !out.has(i.id)) {
        out.add(i.id);
        grew = true;
      }
  }
  return out;
}
