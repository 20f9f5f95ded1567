import type { ContractExamples } from './types';

const summary = {
  id: 'person:volodymyr-zelensky',
  name: 'Volodymyr Zelensky',
  type: 'person' as const,
  aliases: [
    { text: 'Volodymyr Zelensky', mentions: 4 },
    { text: 'Zelensky', mentions: 9 },
  ],
  mentions: 13,
  documents: 5,
};
const suggestion = {
  id: 'person:volodymyr-zelensky|person:volodymyr-zelenskyy',
  kind: 'merge' as const,
  entities: ['person:volodymyr-zelensky', 'person:volodymyr-zelenskyy'],
  names: ['Volodymyr Zelensky', 'Volodymyr Zelenskyy'],
  rule: 'transliteration' as const,
  reason: 'surnames Zelensky / Zelenskyy are the same after transliteration folding: "zelenski"',
};
const mention = {
  docId: 'wires/a.txt',
  start: 120,
  end: 128,
  text: 'Zelensky',
  confidence: 0.8,
  source: 'surname',
};

/** Examples of the entities methods. */
export const entitiesExamples: ContractExamples = {
  'entities.list': { params: { type: 'person' }, result: { entities: [summary], suggestions: [suggestion] } },
  'entities.get': {
    params: { id: summary.id },
    result: {
      ...summary,
      mentionList: [{ ...mention, before: 'met President ', after: ' in Kyiv' }],
      moreMentions: 12,
      documentList: [{ id: 'wires/a.txt', title: 'Talks resume', date: '2025-12-04', mentions: 3 }],
      timeline: [{ date: '2025-12-04', mentions: 3, documents: 1 }],
      cooccurring: [{ id: 'place:kyiv', name: 'Kyiv', type: 'place', documents: 4 }],
      suggestions: [suggestion],
      issues: [{ id: 'issue-1', title: 'Territory', documents: 3 }],
      manual: false,
    },
  },
  'entities.forDocument': {
    params: { docId: 'wires/a.txt' },
    result: [{ ...mention, entityId: summary.id, type: 'person', name: summary.name }],
  },
  'entities.graph': {
    params: { limit: 30 },
    result: {
      nodes: [
        { id: summary.id, name: summary.name, type: 'person', mentions: 13 },
        { id: 'place:kyiv', name: 'Kyiv', type: 'place', mentions: 20 },
      ],
      edges: [{ a: summary.id, b: 'place:kyiv', weight: 4, strength: 0.8 }],
    },
  },
  'entities.decide': {
    params: {
      decision: {
        kind: 'merge',
        into: suggestion.entities[0],
        from: [suggestion.entities[1]],
        suggestion: suggestion.id,
      },
    },
    result: { id: 'd000001-a1b2c3' },
  },
  'entities.undo': { params: {}, result: { changed: true } },
  'entities.history': {
    params: {},
    result: [
      {
        id: 'd000001-a1b2c3',
        at: '2025-12-04T10:00:00.000Z',
        decision: { kind: 'rename', entity: summary.id, name: 'Volodymyr Zelenskyy' },
        state: 'active',
      },
    ],
  },
  'entities.exportGazetteer': {
    params: {},
    result: { csv: 'name,type,alias\r\nKyiv,place,Kiev\r\n', rows: 1 },
  },
  'entities.importGazetteer': {
    params: { csv: 'name,type,alias\nKyiv,place,Kiev\n' },
    result: { added: 1, skipped: [] },
  },
};
