import type { ContractExamples } from './types';

const request = {
  format: 'md' as const,
  filter: { issues: ['Security guarantees'], stances: ['raises' as const] },
  groupBy: 'issue' as const,
  sortBy: 'date' as const,
  context: 0,
  title: 'Geneva brief',
};

/** Examples of the export methods. */
export const exportExamples: ContractExamples = {
  'export.preview': {
    params: request,
    result: {
      format: 'md',
      filename: 'Geneva brief.md',
      count: 1,
      kind: 'text',
      content: '# Geneva brief\n\n> security guarantees remain unresolved\n',
      truncated: false,
    },
  },
  'export.run': {
    params: { ...request, format: 'docx' },
    result: {
      format: 'docx',
      filename: 'Geneva brief.docx',
      mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      encoding: 'base64',
      content: 'UEsDBA==',
      count: 1,
    },
  },
  'export.citation': {
    params: { annotationId: '5b0f7c1e-3f7a-4d8e-9c43-0d2a8f1e6b21' },
    result: {
      markdown:
        '> security guarantees remain unresolved\n\n— Northwire, “Talks”, 2025-12-02 (date from meta)\n',
      text: '“security guarantees remain unresolved” — Northwire, “Talks”, 2025-12-02 (date from meta)\n',
    },
  },
  'export.import': {
    params: { format: 'jsonld', encoding: 'utf8', content: '{"type":"AnnotationCollection"}' },
    result: {
      format: 'jsonld',
      created: 3,
      skipped: [{ item: 'urn:dossier:annotation:a9', reason: 'the quote is not in a.txt' }],
      reanchored: [
        {
          item: 'urn:dossier:annotation:a2',
          docId: 'a.txt',
          start: 120,
          end: 158,
          score: 0.91,
          quote: 'security guarantees remain unsettled',
          was: 'security guarantees remain unresolved',
        },
      ],
      orphaned: [{ item: 'urn:dossier:annotation:a9', reason: 'the quote is not in a.txt' }],
    },
  },
};
