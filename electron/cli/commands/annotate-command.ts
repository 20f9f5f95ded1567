import {
  AnnotationColorSchema,
  EntityTypeSchema,
  IssueStanceSchema,
  type Annotation,
} from '../../../shared/model/annotation';
import { openFolder } from '../client';
import { printJson, UsageError, type CliIo } from '../io';
import type { Command } from './command';

function pick<T extends string>(value: unknown, allowed: readonly T[], flag: string): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`annotate: --${flag} must be one of ${allowed.join(', ')} (got "${String(value)}")`);
}

/** Offsets of the `occurrence`-th (1-based) exact occurrence of `quote` in `text`, or -1. */
function findOccurrence(text: string, quote: string, occurrence: number): { index: number; count: number } {
  let index = -1;
  let count = 0;
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) {
    count++;
    if (count === occurrence) index = i;
  }
  return { index, count };
}

/** One line describing an annotation for people. */
export function describeAnnotation(a: Annotation): string {
  const where = a.current ? `${a.current.start}–${a.current.end}` : 'no place';
  const score = a.state === 'fuzzy' && a.score !== null ? ` ${a.score.toFixed(2)}` : '';
  const extras = [
    a.tags.length ? `tags: ${a.tags.join(', ')}` : '',
    a.entity ? `entity: ${a.entity.name} (${a.entity.type})` : '',
    a.issue ? `issue: ${a.issue.title} (${a.issue.stance})` : '',
    a.note ? `note: ${a.note.replace(/\s+/g, ' ').slice(0, 80)}` : '',
  ].filter(Boolean);
  return `${a.id}  ${a.docId}  ${where}  ${a.state}${score}  ${a.color}\n  “${a.quote.exact.replace(/\s+/g, ' ')}”${extras.length ? `\n  ${extras.join(' · ')}` : ''}`;
}

/** `dossier annotate <folder> <id> --quote "text" …`: stores an annotation on the quoted text. */
export const annotateCommand: Command = {
  name: 'annotate',
  usage:
    'annotate <folder> <id> --quote TEXT [--occurrence N] [--color C] [--note T] [--tag T]... [--entity NAME --type T] [--issue TITLE [--stance S]] [--json]',
  summary: 'highlight a quoted passage of a document, with note, tags, entity and issue',
  positionals: ['folder', 'id'],
  options: {
    quote: { type: 'string' },
    occurrence: { type: 'string' },
    color: { type: 'string' },
    note: { type: 'string' },
    tag: { type: 'string', multiple: true },
    entity: { type: 'string' },
    type: { type: 'string' },
    issue: { type: 'string' },
    stance: { type: 'string' },
  },
  async run({ positionals: [folder, id], json, options }, io: CliIo) {
    const quote = typeof options.quote === 'string' ? options.quote.normalize('NFC') : '';
    if (!quote.trim())
      throw new UsageError('annotate: --quote "text" is required (the exact text to highlight)');
    const occurrence = options.occurrence === undefined ? 1 : Number(options.occurrence);
    if (!Number.isInteger(occurrence) || occurrence < 1)
      throw new UsageError('annotate: --occurrence must be a whole number from 1');
    const color = pick(options.color, AnnotationColorSchema.options, 'color');
    const type = pick(options.type, EntityTypeSchema.options, 'type');
    const stance = pick(options.stance, IssueStanceSchema.options, 'stance');
    if (type && typeof options.entity !== 'string')
      throw new UsageError('annotate: --type needs --entity NAME');
    if (stance && typeof options.issue !== 'string')
      throw new UsageError('annotate: --stance needs --issue TITLE');
    const client = await openFolder(folder as string);
    const doc = await client.call('documents.get', { id: id as string });
    const { index, count } = findOccurrence(doc.text, quote, occurrence);
    if (index < 0)
      throw new UsageError(
        count === 0
          ? `annotate: "${quote}" does not occur in ${doc.id}; copy the text exactly as \`dossier show\` prints it`
          : `annotate: "${quote}" occurs ${count} time(s) in ${doc.id}; --occurrence ${occurrence} is out of range`,
      );
    if (count > 1 && options.occurrence === undefined && !json)
      io.err(`annotate: "${quote}" occurs ${count} times; using the first (pass --occurrence N to choose)\n`);
    const tags = Array.isArray(options.tag) ? options.tag : [];
    const a = await client.call('annotations.create', {
      docId: doc.id,
      start: doc.start + index,
      end: doc.start + index + quote.length,
      ...(color ? { color } : {}),
      ...(typeof options.note === 'string' ? { note: options.note } : {}),
      tags,
      ...(typeof options.entity === 'string'
        ? { entity: { id: null, name: options.entity, type: type ?? 'other' } }
        : {}),
      ...(typeof options.issue === 'string'
        ? { issue: { id: null, title: options.issue, stance: stance ?? 'other' } }
        : {}),
    });
    if (json) return printJson(io, a);
    io.out(`${describeAnnotation(a)}\n`);
  },
};
