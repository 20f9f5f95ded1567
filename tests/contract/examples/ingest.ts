import type { ContractExamples } from './types';

const summary = {
  id: 'wires/a.txt',
  path: 'wires/a.txt',
  story: 1,
  title: 'Talks resume in Geneva',
  date: '2025-12-04',
  dateSource: 'dateline' as const,
  outlet: 'Meridian Wire',
  dateline: 'GENEVA',
  format: 'txt' as const,
  annotationCount: 0,
  duplicateGroup: 'wires/a.txt',
  copies: 2,
};

/** Examples of the ingest methods. */
export const ingestExamples: ContractExamples = {
  'workspace.cancel': { params: {}, result: { cancelled: true } },
  'documents.copies': {
    params: { id: 'wires/a.txt' },
    result: [
      summary,
      { ...summary, id: 'regional/b.txt', path: 'regional/b.txt', outlet: 'Baltic Dispatch' },
    ],
  },
  'documents.encodings': { params: {}, result: ['utf-8', 'windows-1251', 'koi8-r'] },
  'documents.setEncoding': {
    params: { id: 'ru/a.txt', encoding: 'windows-1251' },
    result: {
      ...summary,
      id: 'ru/a.txt',
      path: 'ru/a.txt',
      encoding: { name: 'windows-1251', confidence: 1, source: 'override', flagged: false },
      contentHash: 'ab'.repeat(32),
      start: 0,
      end: 11,
      text: 'Привет мир\n',
      boilerplate: [{ start: 0, end: 6, kind: 'metadata' }],
      entries: [],
      splitReason: null,
    },
  },
};
