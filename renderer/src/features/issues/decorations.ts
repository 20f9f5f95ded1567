import type { Decoration } from '../reader/decorations';
import type { WorkbenchState } from '../../store/create-store';

const NONE: Decoration[] = [];

/** Reader marks for every piece of issue evidence in `docId` (pure; the reader memoises the result). */
export function issueEvidenceDecorations(state: WorkbenchState, docId: string): Decoration[] {
  if (!state.issues.length) return NONE;
  const out: Decoration[] = [];
  for (const issue of state.issues)
    for (const e of issue.evidence)
      if (e.docId === docId && e.present)
        out.push({
          start: e.start,
          end: e.end,
          kind: 'annotation',
          className: `issue-evidence stance-${e.stance}`,
          refId: e.id,
          label: `issue ${issue.title}: ${e.stance}${e.actor ? `, ${e.actor}` : ''}`,
        });
  return out.length ? out : NONE;
}
