import { documentId, parseDocumentId } from '../../../shared/model/ids';
import { reanchor } from '../anchoring/reanchor';
import type { Session } from '../session';
import type { ParsedLink } from './link';

/** How the linked passage was placed in the file as it is now (ADR 077). */
export type LinkPlacement =
  /** The quote is still at the linked offsets, or the file is the one the link was made from. */
  | 'unchanged'
  /** The file changed and the quote was found again by re-anchoring (moved, or edited: `score` < 1). */
  | 'reanchored'
  /** The file changed and the passage could not be found again: shown at the linked offsets. */
  | 'unplaced'
  /** Nothing to check against (no offsets, no file, or neither hash nor quote): shown as linked. */
  | 'unknown';

/** Where to show a linked passage in the open folder, and what the analyst must be told about it. */
export interface LinkedPassage {
  /** The document holding the passage now (a re-anchored passage may have moved into another story). */
  docId: string;
  /** UTF-16 offsets into the file's canonical text; null for a link to a whole document. */
  start: number | null;
  end: number | null;
  placement: LinkPlacement;
  /** The re-anchoring score (1 for an exact quote found elsewhere); null unless `reanchored`. */
  score: number | null;
  /** A notice to show before revealing the passage; null when there is nothing to say. */
  notice: { message: string; detail: string } | null;
}

/** What {@link placeLinkedPassage} needs of the linked file. */
export interface LinkedFile {
  relPath: string;
  text: string;
  contentHash: string;
  stories: ReadonlyArray<{ start: number; end: number }>;
}

/**
 * Places a passage link in the open folder (call it once the link's folder is open): see
 * {@link placeLinkedPassage}. A link whose file the folder does not hold is returned as it is.
 */
export function locateLinkedPassage(session: Session, link: ParsedLink): LinkedPassage {
  const file = session.maybeWorkspace()?.files.get(parseDocumentId(link.doc).path);
  return placeLinkedPassage(file ?? null, link);
}

/**
 * Where a linked passage is in its file now (ADR 077). The quote the link carries (`q`) decides: still at
 * the linked offsets → shown there; elsewhere or edited → re-anchored with the anchoring service's
 * `reanchor` (the scorer and minimums that keep annotations on their passage; DESIGN.md §4), the notice
 * saying the passage moved or was edited; not found, or found equally well in several places → shown at
 * the linked offsets with a notice that they may no longer hold the quoted passage, never at a guess.
 * A link without a quote (written before ADR 077) can only compare the content hash and say so.
 * A quote cut to the link's first 200 characters is found by those and keeps the linked length.
 */
export function placeLinkedPassage(file: LinkedFile | null, link: ParsedLink): LinkedPassage {
  const asLinked = (placement: LinkPlacement, notice: LinkedPassage['notice']): LinkedPassage => ({
    docId: link.doc,
    start: link.start,
    end: link.end,
    placement,
    score: null,
    notice,
  });
  const { start, end } = link;
  if (!file || start === null || end === null || end < start) return asLinked('unknown', null);
  const changed = link.sha256 ? !file.contentHash.toLowerCase().startsWith(link.sha256) : null;
  const quote = link.quote;
  if (!quote) {
    if (changed !== true) return asLinked(changed === false ? 'unchanged' : 'unknown', null);
    return asLinked('unplaced', {
      message: 'The document changed since this link was made.',
      detail: `${link.doc} is shown at the linked position, which may no longer be the quoted passage (this link does not carry its quote, so the passage cannot be looked for).`,
    });
  }
  if (file.text.startsWith(quote, start)) return asLinked('unchanged', null);
  const r = reanchor(
    file.text,
    { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
    { type: 'TextPositionSelector', start, end: start + quote.length },
  );
  const shown = `“${clip(quote)}”`;
  if (r.start === null || r.end === null || r.state === 'orphan' || r.state === 'ambiguous')
    return asLinked('unplaced', {
      message: 'The document changed since this link was made.',
      detail:
        r.state === 'ambiguous'
          ? `The quoted passage ${shown} now occurs ${r.candidates.length} times in ${file.relPath} equally well; it is shown at the linked position, which may no longer be that passage.`
          : `The quoted passage ${shown} is no longer in ${file.relPath}, not even in an edited form close enough to trust; the document is shown at the linked position.`,
    });
  const from = r.start;
  // A quote cut to the link's limit stands for the passage's head: keep the passage's linked length.
  const to = Math.min(file.text.length, r.end + Math.max(0, end - start - quote.length));
  const n = file.stories.findIndex((s) => s.start <= from && from < s.end);
  const edited = r.state === 'fuzzy';
  return {
    docId: documentId(file.relPath, n >= 0 ? n + 1 : 1),
    start: from,
    end: to,
    placement: 'reanchored',
    score: r.score,
    notice: {
      message: edited
        ? 'The quoted passage was edited since this link was made.'
        : 'The quoted passage moved since this link was made.',
      detail: edited
        ? `It is shown where ${file.relPath} now reads most like ${shown} (match score ${(r.score ?? 0).toFixed(2)}). Check that it is the passage you expect.`
        : `${file.relPath} changed; the passage ${shown} was found at its new place and is shown there.`,
    },
  };
}

function clip(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
}
