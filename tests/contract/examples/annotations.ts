import type { ContractExamples } from './types';

const annotation = {
  id: '5b0f7c1e-3f7a-4d8e-9c43-0d2a8f1e6b21',
  docId: 'wires/a.txt',
  path: 'wires/a.txt',
  quote: {
    type: 'TextQuoteSelector' as const,
    exact: 'the talks would resume',
    prefix: 'The envoy said on Thursday that ',
    suffix: ' in Geneva next week, pending a ',
  },
  position: { type: 'TextPositionSelector' as const, start: 120, end: 142 },
  contentHash: 'a'.repeat(64),
  color: 'yellow' as const,
  note: 'Check against the **Reuters** copy.',
  tags: ['talks'],
  entity: { id: null, name: 'Geneva', type: 'place' as const },
  issue: { id: null, title: 'Next round', stance: 'progress' as const },
  created: '2025-12-04T10:00:00.000Z',
  modified: '2025-12-04T10:05:00.000Z',
  state: 'anchored' as const,
  score: 1,
  current: { start: 120, end: 142 },
  detached: false,
};
const sidecarInfo = {
  location: 'folder' as const,
  path: '/data/articles/.dossier',
  readOnly: false,
  reason: null,
};
const undo = { canUndo: true, canRedo: false, undoLabel: 'Highlight', redoLabel: null };

/** Examples of the annotations methods. */
export const annotationsExamples: ContractExamples = {
  ...sidecarExamplesLazy(),
  'annotations.list': { params: { docId: 'wires/a.txt', state: 'anchored' }, result: [annotation] },
  'annotations.get': { params: { id: annotation.id }, result: annotation },
  'annotations.create': {
    params: { docId: 'wires/a.txt', start: 120, end: 142, color: 'yellow', tags: ['talks'] },
    result: annotation,
  },
  'annotations.createMany': {
    params: {
      ranges: [
        { docId: 'wires/a.txt', start: 120, end: 142 },
        { docId: 'wires/b.txt', start: 37, end: 48 },
      ],
      tags: ['talks'],
    },
    result: { created: 2, skipped: 0, ids: [annotation.id, '7c2d1a90-5e4b-4f3a-8d21-6b9e0f4c3a12'] },
  },
  'annotations.update': { params: { id: annotation.id, note: 'New note' }, result: annotation },
  'annotations.delete': { params: { id: annotation.id }, result: { id: annotation.id } },
  'annotations.reattach': {
    params: { id: annotation.id, docId: 'wires/a.txt', start: 200, end: 222 },
    result: annotation,
  },
  'annotations.detach': {
    params: { id: annotation.id, detached: true },
    result: { ...annotation, state: 'orphan', score: null, current: null, detached: true },
  },
  'annotations.undo': { params: {}, result: { ...undo, canRedo: true, redoLabel: 'Highlight' } },
  'annotations.redo': { params: {}, result: undo },
  'annotations.history': { params: {}, result: undo },
  'annotations.status': {
    params: {},
    result: { readOnly: false, message: null, unsaved: 0, file: '/data/articles/.dossier/annotations.json' },
  },
  'annotations.tags': {
    params: {},
    result: { used: [{ tag: 'talks', count: 3 }], bound: [{ tag: 'talks', key: 1, color: 'blue' }] },
  },
  'annotations.bindTag': {
    params: { tag: 'talks', key: 1, color: 'blue' },
    result: [{ tag: 'talks', key: 1, color: 'blue' }],
  },
};

/** Examples of the sidecar methods (owned with annotations). */
function sidecarExamplesLazy(): ContractExamples {
  return {
    'sidecar.status': {
      params: {},
      result: {
        info: sidecarInfo,
        collections: [
          {
            name: 'annotations',
            file: '/data/articles/.dossier/annotations.json',
            readOnly: false,
            message: null,
            unsaved: 0,
          },
        ],
      },
    },
    'sidecar.move': {
      params: { to: 'app-data' },
      result: {
        location: 'app-data',
        path: '/home/me/.local/share/dossier/projects/articles-0123456789abcdef',
        readOnly: false,
        reason: 'kept outside the folder at your request',
      },
    },
  };
}
