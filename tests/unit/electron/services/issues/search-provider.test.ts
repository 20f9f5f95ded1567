import { describe, expect, it } from 'vitest';
import type { Evidence, Issue } from '../../../../../shared/model/issue';
import { buildIssueDocIndex, foldName } from '../../../../../electron/services/issues/search-provider';
import { withDescendants } from '../../../../../electron/services/issues/views';

const issue = (id: string, title: string, parentId: string | null, aliases: string[] = []): Issue => ({
  id,
  title,
  description: '',
  colour: '#1f77b4',
  parentId,
  status: 'open',
  history: [],
  aliases,
  topicKey: null,
  createdAt: '2025-12-01T00:00:00.000Z',
  updatedAt: '2025-12-01T00:00:00.000Z',
});
const ev = (issueId: string, docId: string): Evidence => ({
  id: `${issueId}-${docId}`,
  issueId,
  docId,
  start: 0,
  end: 4,
  quote: 'text',
  annotationId: null,
  stance: 'raises',
  actor: null,
  entityId: null,
  cue: null,
  suggestionKey: null,
  createdAt: '2025-12-01T00:00:00.000Z',
});

describe('issue: search field', () => {
  const issues = [
    issue('i1', 'Security guarantees', null, ['Article 5']),
    issue('i2', 'European troops', 'i1'),
    issue('i3', 'Sanctions', null),
  ];
  const index = buildIssueDocIndex(issues, [ev('i1', 'a.txt'), ev('i2', 'b.txt'), ev('i3', 'c.txt')]);

  it('matches by title, alias and id, folding case and accents, and includes sub-issues', () => {
    expect([...(index.get(foldName('security GUARANTEES')) ?? [])].sort()).toEqual(['a.txt', 'b.txt']);
    expect([...(index.get(foldName('Article 5')) ?? [])].sort()).toEqual(['a.txt', 'b.txt']);
    expect([...(index.get(foldName('Européan troops')) ?? [])]).toEqual(['b.txt']);
    expect([...(index.get(foldName('European  troops')) ?? [])]).toEqual(['b.txt']);
    expect([...(index.get('i3') ?? [])]).toEqual(['c.txt']);
  });

  it('walks the hierarchy for export filters', () => {
    expect([...withDescendants(issues, ['i1'])].sort()).toEqual(['i1', 'i2']);
  });
});
