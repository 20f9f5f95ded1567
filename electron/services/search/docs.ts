import { documentId } from '../../../shared/model/ids';
import type { ParsedFile } from '../ingest/types';

/** A document as search sees it: metadata plus the searchable ranges of its file's canonical text. */
export interface SearchDoc {
  id: string;
  path: string;
  title: string;
  /** YYYY-MM-DD or null. */
  day: string | null;
  date: string | null;
  outlet: string;
  /** Story ranges with furniture cut out: hits in furniture never count. */
  segments: [number, number][];
}

/** What a worker indexes for one document (text, no offsets). */
export interface IndexInput {
  ref: string;
  title: string;
  body: string;
  outlet: string;
}

/** The searchable documents of one parsed file. */
export function docsOfFile(file: ParsedFile): SearchDoc[] {
  return file.stories.map((story, i) => {
    const cuts = [...story.boilerplate].sort((a, b) => a.start - b.start);
    const segments: [number, number][] = [];
    let at = story.start;
    for (const c of cuts) {
      const s = Math.max(c.start, story.start);
      if (s > at) segments.push([at, Math.min(s, story.end)]);
      at = Math.max(at, Math.min(c.end, story.end));
    }
    if (at < story.end) segments.push([at, story.end]);
    return {
      id: documentId(file.relPath, i + 1),
      path: file.relPath,
      title: story.title,
      day: story.date && /^\d{4}-\d{2}-\d{2}/.test(story.date) ? story.date.slice(0, 10) : null,
      date: story.date,
      outlet: story.outlet,
      segments: segments.filter(([s, e]) => e > s),
    };
  });
}

/** The index input of a document: its body is the segments joined (offsets are not needed to index). */
export function indexInput(doc: SearchDoc, text: string): IndexInput {
  return {
    ref: doc.id,
    title: doc.title,
    body: doc.segments.map(([s, e]) => text.slice(s, e)).join('\n'),
    outlet: doc.outlet,
  };
}
