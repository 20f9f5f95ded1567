import { describe, expect, it } from 'vitest';
import type { IssueView } from '../../../../../shared/model/issue';
import {
  ancestors,
  childrenOf,
  issueTree,
  subtreeIds,
} from '../../../../../renderer/src/features/issues/tree';
import { deletionConsequences } from '../../../../../renderer/src/features/issues/DeleteIssue';

function issue(id: string, parentId: string | null, extra: Partial<IssueView> = {}): IssueView {
  return {
    id,
    title: id,
    description: '',
    colour: '#1f77b4',
    parentId,
    status: 'open',
    history: [],
    aliases: [],
    topicKey: null,
    createdAt: '2025-12-01T00:00:00.000Z',
    updatedAt: '2025-12-01T00:00:00.000Z',
    evidence: [],
    ...extra,
  };
}

const security = issue('security', null);
const guarantees = issue('guarantees', 'security');
const troops = issue('troops', 'guarantees');
const sanctions = issue('sanctions', null);
const orphan = issue('orphan', 'deleted-parent');

describe('issue hierarchy in the views', () => {
  it('lists children right under their parent, depth first', () => {
    const rows = issueTree([troops, sanctions, guarantees, security, orphan]);
    expect(rows.map((r) => [r.issue.id, r.depth, r.parent?.id ?? null])).toEqual([
      ['sanctions', 0, null],
      ['security', 0, null],
      ['guarantees', 1, 'security'],
      ['troops', 2, 'guarantees'],
      ['orphan', 0, null],
    ]);
  });

  it('cannot hang on a loop in old data, and shows every issue once', () => {
    const a = issue('a', 'b');
    const b = issue('b', 'a');
    const rows = issueTree([a, b, sanctions]);
    expect(rows.map((r) => r.issue.id).sort()).toEqual(['a', 'b', 'sanctions']);
    expect(ancestors([a, b], 'a').map((i) => i.id)).toEqual(['b']);
  });

  it('breadcrumb, children and subtree', () => {
    const all = [security, guarantees, troops, sanctions];
    expect(ancestors(all, 'troops').map((i) => i.id)).toEqual(['security', 'guarantees']);
    expect(childrenOf(all, 'security').map((i) => i.id)).toEqual(['guarantees']);
    expect([...subtreeIds(all, 'security')].sort()).toEqual(['guarantees', 'security', 'troops']);
  });
});

describe('what deleting an issue says it will do', () => {
  const passage = {
    docId: 'a.txt',
    start: 0,
    end: 5,
    quote: 'x',
    issueId: 'guarantees',
    annotationId: null,
    stance: 'raises' as const,
    actor: null,
    entityId: null,
    cue: null,
    suggestionKey: null,
    createdAt: '',
    docDate: null,
    docTitle: 'A',
    outlet: 'O',
    present: true,
    entityName: null,
    actorKey: null,
  };
  it('counts links, detector passages, annotations and the sub-issues that move up', () => {
    const target = issue('guarantees', 'security', {
      evidence: [
        { ...passage, id: 'ev-1', suggestionKey: 'k1' },
        { ...passage, id: 'ev-2' },
        { ...passage, id: 'ann:a1', annotationId: 'a1' },
      ],
    });
    const lines = deletionConsequences(target, [security, target, troops]);
    expect(lines).toEqual([
      '2 linked passages are removed from it (the documents are not changed).',
      'Its status history is deleted with it.',
      '1 passage found by the detector goes back to the suggestions (reject it there to keep it out).',
      '1 annotation tagged with it keeps the tag but stops counting as its evidence.',
      '1 sub-issue (troops) moves up to “security”.',
    ]);
  });
});
