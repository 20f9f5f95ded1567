import type { ContractExamples } from './types';

const workspace = {
  root: '/data/articles',
  name: 'articles',
  sidecar: { location: 'folder' as const, path: '/data/articles/.dossier', readOnly: false, reason: null },
  documents: 2,
  files: { indexed: 2, skipped: 1 },
  state: 'ready' as const,
};
const summary = {
  id: 'wires/a.txt',
  path: 'wires/a.txt',
  story: 1,
  title: 'Talks resume in Geneva',
  date: '2025-12-04',
  dateSource: 'meta' as const,
  outlet: 'Meridian Wire',
  dateline: 'GENEVA',
  format: 'txt' as const,
  annotationCount: 0,
  duplicateGroup: null,
  copies: 1,
};

/** Examples of the app, workspace and documents methods. */
export const coreExamples: ContractExamples = {
  'app.info': {
    params: {},
    result: { version: '0.1.0', host: 'serve', platform: 'linux', canPickFolder: false },
  },
  'workspace.open': { params: { path: '/data/articles' }, result: workspace },
  'workspace.pick': { params: {}, result: null },
  'workspace.current': { params: {}, result: workspace },
  'workspace.report': {
    params: {},
    result: {
      documents: 2,
      files: { indexed: 2, skipped: [{ path: 'junk.txt', reason: 'binary', detail: 'NUL bytes' }] },
      ms: 12,
    },
  },
  'workspace.recent': { params: {}, result: ['/data/articles'] },
  'documents.list': {
    // The second page of two rows; `{}` asks for every document at once.
    params: { offset: 2, limit: 2 },
    result: [
      summary,
      {
        ...summary,
        id: 'wires/b.txt',
        path: 'wires/b.txt',
        title: 'Переговоры в Женеве',
        dateline: null,
        encodingFlagged: true,
      },
    ],
  },
  'documents.get': {
    // The first part of a story's text (a huge story is read in parts); `{ id }` alone gives all of it.
    params: { id: 'wires/a.txt', textFrom: 0, textLength: 22 },
    result: {
      ...summary,
      encoding: { name: 'utf-8', confidence: 1, source: 'utf8', flagged: false },
      contentHash: 'ab'.repeat(32),
      start: 0,
      end: 30,
      text: 'Talks resume in Geneva',
      boilerplate: [{ start: 0, end: 5, kind: 'metadata' }],
      entries: [
        { start: 10, end: 20, timestamp: '2025-12-02T04:46:00-05:00', label: 'Dec 02, 2025 at 04:46 AM EST' },
      ],
      splitReason: null,
      textTotal: 30,
    },
  },
};
