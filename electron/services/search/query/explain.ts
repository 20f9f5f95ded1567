import type { QueryNode } from './ast';

/** How a query was read, for the explain popover: a canonical rendering plus notes. */
export interface Explanation {
  /** Fully parenthesised reading, e.g. `(presid AND "peace talks") OR outlet:"Reuters"`. */
  text: string;
  /** One line per clause that deserves a word (stop words, wildcards, providers, regex). */
  notes: string[];
}

/** Explains a parsed query. `describeField` lets providers label their values. */
export function explain(
  node: QueryNode,
  describeField?: (field: string, value: string) => string | null,
): Explanation {
  const notes: string[] = [];
  const text = render(node, notes, describeField, true);
  return { text, notes };
}

function render(
  node: QueryNode,
  notes: string[],
  describeField: ((field: string, value: string) => string | null) | undefined,
  top: boolean,
): string {
  switch (node.type) {
    case 'all':
      return 'ALL DOCUMENTS';
    case 'and':
    case 'or': {
      const inner = node.children
        .map((c) => render(c, notes, describeField, false))
        .join(node.type === 'and' ? ' AND ' : ' OR ');
      return top ? inner : `(${inner})`;
    }
    case 'not':
      return `NOT ${render(node.child, notes, describeField, false)}`;
    case 'term': {
      const f = node.field ? `${node.field}:` : '';
      if (node.wildcard) {
        notes.push(`${node.raw}: words matching the pattern (* any letters, ? one letter)`);
        return `${f}${node.raw}`;
      }
      if (node.fuzzy) {
        notes.push(
          `${node.raw}~${node.fuzzy}: words within ${node.fuzzy} edit${node.fuzzy > 1 ? 's' : ''} of "${node.raw}"`,
        );
        return `${f}${node.raw}~${node.fuzzy}`;
      }
      if (node.stop) notes.push(`"${node.raw}" is too common to search alone: put it in a "phrase"`);
      else if (node.stem !== node.raw)
        notes.push(`${node.raw}: any form of "${node.stem}" (${node.raw}, ${node.stem}s…)`);
      return `${f}${node.stem}`;
    }
    case 'phrase': {
      const f = node.field ? `${node.field}:` : '';
      if (node.slop !== null)
        notes.push(
          `"${node.text}"~${node.slop}: all ${node.words.length} words within ${node.slop} extra words, any order`,
        );
      else if (node.words.length > 1)
        notes.push(`"${node.text}": these words next to each other, in this order`);
      return `${f}"${node.words.map((w) => w.raw).join(' ')}"${node.slop !== null ? `~${node.slop}` : ''}`;
    }
    case 'regex':
      notes.push(
        `/${node.source}/: regular expression, case-insensitive, checked on the text of candidate documents`,
      );
      return `/${node.source}/`;
    case 'date': {
      const from = node.from ?? '…';
      const to = node.to ?? '…';
      notes.push(
        `date: ${node.from && node.to && node.from === node.to ? node.from : `from ${from} to ${to}`} (inclusive)`,
      );
      return `date:${from === to ? from : `${from}..${to}`}`;
    }
    case 'filter': {
      const label = describeField?.(node.field, node.value);
      if (label) notes.push(label);
      else if (node.field === 'in') notes.push(`in:"${node.value}": documents under that folder`);
      else if (node.field === 'outlet') notes.push(`outlet:"${node.value}": documents from that outlet`);
      return `${node.field}:"${node.value}"`;
    }
  }
}
