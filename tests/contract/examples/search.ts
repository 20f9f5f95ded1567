import type { ContractExamples } from './types';

const explain = {
  text: '"peace talks" AND outlet:"Meridian Wire"',
  notes: ['"peace talks": these words next to each other, in this order'],
};
const saved = {
  name: 'Talks',
  query: '"peace talks"',
  filters: ['date:2025-12'],
  savedAt: '2025-12-04T10:00:00.000Z',
};

/** Examples of the search methods. */
export const searchExamples: ContractExamples = {
  'search.query': {
    params: {
      query: '"peace talks"',
      filters: ['outlet:"Meridian Wire"'],
      offset: 0,
      limit: 20,
      wait: false,
      record: true,
    },
    result: {
      total: 1,
      ms: 3.2,
      partial: false,
      shards: { ready: 1, total: 1 },
      hits: [
        {
          id: 'wires/a.txt',
          path: 'wires/a.txt',
          title: 'Peace talks resume in Geneva',
          date: '2025-12-04',
          outlet: 'Meridian Wire',
          score: 4.21,
          snippets: [{ text: 'Envoys said the peace talks would resume', highlights: [[16, 27]], start: 40 }],
          matches: [[56, 67]],
          aliases: [],
        },
      ],
      facets: { outlet: { 'Meridian Wire': 1 }, date: { '2025-12-04': 1 }, entity: {}, tag: {}, issue: {} },
      explain,
    },
  },
  'search.explain': { params: { query: '"peace talks" outlet:"Meridian Wire"' }, result: explain },
  'search.status': {
    params: {},
    result: { documents: 42, shards: { ready: 1, total: 1 }, building: false, fromCache: 1 },
  },
  'search.history': { params: {}, result: ['"peace talks"', 'sanctions'] },
  'search.saved.list': { params: {}, result: [saved] },
  'search.saved.save': {
    params: { name: 'Talks', query: '"peace talks"', filters: ['date:2025-12'] },
    result: [saved],
  },
  'search.history.clear': { params: { query: 'sanctions' }, result: ['"peace talks"'] },
  'search.saved.rename': {
    params: { name: 'Talks', to: 'Geneva talks' },
    result: [{ ...saved, name: 'Geneva talks' }],
  },
  'search.saved.delete': { params: { name: 'Talks' }, result: [] },
};
