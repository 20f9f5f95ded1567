import type { DocumentDetail, DocumentSummary } from '../../../shared/model/document';
import { documentId } from '../../../shared/model/ids';
import type { ParsedFile, ParsedStory } from '../ingest/types';
import type { CopyInfo } from './duplicates';

/** Story `n` of `file` as a library row. */
export function summaryOf(
  file: ParsedFile,
  story: ParsedStory,
  n: number,
  copies: ReadonlyMap<string, CopyInfo>,
): DocumentSummary {
  const id = documentId(file.relPath, n);
  const copy = copies.get(id);
  return {
    id,
    path: file.relPath,
    story: n,
    title: story.title,
    date: story.date,
    dateSource: story.dateSource,
    outlet: story.outlet,
    dateline: story.dateline,
    format: file.format,
    annotationCount: 0,
    duplicateGroup: copy?.group ?? null,
    copies: copy?.copies ?? 1,
    ...(file.encoding.flagged ? { encodingFlagged: true } : {}),
  };
}

/** Story `n` of `file` with the text between the file offsets `from` and `to`. */
export function detailOf(
  file: ParsedFile,
  story: ParsedStory,
  n: number,
  copies: ReadonlyMap<string, CopyInfo>,
  from: number,
  to: number,
): DocumentDetail {
  return {
    ...summaryOf(file, story, n, copies),
    encoding: file.encoding,
    contentHash: file.contentHash,
    start: story.start,
    end: story.end,
    text: file.text.slice(from, to),
    boilerplate: story.boilerplate,
    entries: story.entries,
    splitReason: story.splitReason,
  };
}
