import type { Annotation } from '../../../shared/model/annotation';
import { documentId } from '../../../shared/model/ids';
import { reanchor } from '../anchoring/reanchor';
import { describeRange } from '../anchoring/selectors';
import type { ParsedFile } from '../ingest/types';

/** The document (story) of `file` that holds `offset`: the last story starting at or before it. */
export function docIdAt(file: ParsedFile, offset: number): string {
  let n = 1;
  file.stories.forEach((s, i) => {
    if (s.start <= offset) n = i + 1;
  });
  return documentId(file.relPath, n);
}

/**
 * `a` placed against the current file (undefined when the file is gone). Exact results rebase the
 * selectors on the current text (context and hash follow the text); fuzzy, ambiguous and orphan results
 * keep the selectors as last confirmed, so the analyst always sees the original quote and context.
 */
export function resolveAnnotation(a: Annotation, file: ParsedFile | undefined): Annotation {
  if (!file) return { ...a, state: 'orphan', score: null, current: null };
  const r = reanchor(file.text, a.quote, a.position);
  switch (r.state) {
    case 'anchored':
    case 'moved': {
      const start = r.start ?? 0;
      const end = r.end ?? 0;
      const sel = describeRange(file.text, start, end, file.contentHash);
      return {
        ...a,
        docId: docIdAt(file, start),
        quote: sel.quote,
        position: sel.position,
        contentHash: file.contentHash,
        state: r.state,
        score: 1,
        current: { start, end },
        detached: false,
      };
    }
    case 'fuzzy':
      return {
        ...a,
        docId: docIdAt(file, r.start ?? 0),
        state: 'fuzzy',
        score: r.score,
        current: { start: r.start ?? 0, end: r.end ?? 0 },
        detached: false,
      };
    case 'ambiguous':
    case 'orphan':
      return { ...a, state: r.state, score: null, current: null };
  }
}

/** True when re-anchoring changed anything worth saving. */
export function anchorChanged(a: Annotation, b: Annotation): boolean {
  return (
    a.state !== b.state ||
    a.score !== b.score ||
    a.docId !== b.docId ||
    a.contentHash !== b.contentHash ||
    a.position.start !== b.position.start ||
    a.position.end !== b.position.end ||
    a.quote.prefix !== b.quote.prefix ||
    a.quote.suffix !== b.quote.suffix ||
    a.current?.start !== b.current?.start ||
    a.current?.end !== b.current?.end ||
    a.detached !== b.detached
  );
}
