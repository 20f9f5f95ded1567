import type { ContractExamples } from './types';

const passage = {
  docId: 'wires/meridian-riyadh-next-round.txt',
  start: 412,
  end: 470,
  quote: 'Territory remains the main sticking point in the talks.',
};
const issue = {
  id: 'issue-1a2b3c4d',
  title: 'Territory',
  description: 'Who controls the occupied regions after a ceasefire.',
  colour: '#1f77b4',
  parentId: null,
  status: 'contested' as const,
  history: [
    {
      at: '2025-11-20',
      from: null,
      to: 'open' as const,
      note: 'created',
      cites: null,
      recordedAt: '2025-12-01T10:00:00.000Z',
    },
    {
      at: '2025-12-01',
      from: 'open' as const,
      to: 'contested' as const,
      note: 'Kyiv refuses',
      cites: { annotationId: null, evidenceId: 'ev-0123456789ab', passage },
      recordedAt: '2025-12-02T09:30:00.000Z',
    },
  ],
  aliases: ['occupied lands'],
  topicKey: 'territory',
  createdAt: '2025-12-01T10:00:00.000Z',
  updatedAt: '2025-12-02T09:30:00.000Z',
};
const evidence = {
  ...passage,
  id: 'ev-0123456789ab',
  issueId: issue.id,
  annotationId: null,
  stance: 'blocks' as const,
  actor: 'Dmitry Peskov',
  entityId: null,
  cue: 'sticking point',
  suggestionKey: 'territory|wires/meridian-riyadh-next-round.txt|0a1b2c3d4e5f',
  createdAt: '2025-12-02T09:00:00.000Z',
};
const view = {
  ...issue,
  evidence: [
    {
      ...evidence,
      docDate: '2025-12-01',
      docTitle: 'Next round in Riyadh',
      outlet: 'Meridian Wire',
      present: true,
      entityName: 'Dmitry Peskov',
      actorKey: 'entity:person-dmitry-peskov',
    },
  ],
};

const suggestion = {
  topic: 'security-guarantees',
  label: 'security guarantees',
  cue: 'remain unresolved',
  issueId: null,
  evidenceCount: 1,
  docCount: 1,
  stances: { raises: 1 },
  sampleKey: 'security-guarantees|wires/meridian-riyadh-next-round.txt|0a1b2c3d4e5f',
  evidence: [
    {
      ...passage,
      key: 'security-guarantees|wires/meridian-riyadh-next-round.txt|0a1b2c3d4e5f',
      cue: 'remain unresolved',
      stance: 'raises' as const,
      actor: null,
      docDate: '2025-12-01',
      docTitle: 'Next round in Riyadh',
    },
  ],
};

/** Examples of the issues methods. */
export const issuesExamples: ContractExamples = {
  'issues.list': { params: {}, result: [view] },
  'issues.suggestions': { params: { preview: 5 }, result: [suggestion] },
  'issues.suggestion': { params: { topic: 'security-guarantees' }, result: suggestion },
  'issues.create': { params: { title: 'Territory', aliases: ['occupied lands'] }, result: issue },
  'issues.update': { params: { id: issue.id, colour: '#d62728', parentId: null }, result: issue },
  'issues.remove': { params: { id: issue.id }, result: { removed: 1, evidence: 3, children: 1 } },
  'issues.restore': { params: { id: issue.id }, result: issue },
  'issues.setStatus': {
    params: {
      id: issue.id,
      status: 'contested',
      at: '2025-12-01',
      note: 'Kyiv refuses',
      cites: { evidenceId: evidence.id },
    },
    result: view,
  },
  'issues.link': {
    params: {
      issueId: issue.id,
      docId: passage.docId,
      start: passage.start,
      end: passage.end,
      stance: 'blocks',
      actor: 'Dmitry Peskov',
    },
    result: evidence,
  },
  'issues.updateEvidence': {
    params: { id: evidence.id, stance: 'progress', entityId: 'person-dmitry-peskov' },
    result: {
      ...evidence,
      stance: 'progress',
      entityId: 'person-dmitry-peskov',
      actorLink: 'pinned',
    },
  },
  'issues.unlink': { params: { id: evidence.id }, result: { removed: 1 } },
  'issues.actorCandidates': {
    params: { query: 'Peskov' },
    result: [
      {
        entityId: 'person-dmitry-peskov',
        name: 'Dmitry Peskov',
        type: 'person',
        mentions: 14,
        resolved: true,
      },
    ],
  },
  'issues.accept': { params: { topic: 'territory', title: 'Territory' }, result: view },
  'issues.reject': { params: { topic: 'phrase:grazing-land' }, result: { rejected: 2 } },
};
