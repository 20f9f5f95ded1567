/** A slice of a document rendered as one unit of the virtualised reader. Canonical file offsets. */
export interface Chunk {
  start: number;
  end: number;
}

/**
 * Target characters per chunk. ~8k characters is a few screens of text: small enough that a 50 MB file
 * becomes ~6k cheap virtual rows, large enough that ordinary articles are a single chunk.
 */
export const CHUNK_CHARS = 8_000;

/**
 * Splits [start, start + text.length) into chunks that end just after a newline when one exists within
 * twice the target, else at the target (never inside a surrogate pair), so paragraphs stay whole.
 */
export function splitChunks(text: string, start: number, target = CHUNK_CHARS): Chunk[] {
  const out: Chunk[] = [];
  let at = 0;
  while (at < text.length) {
    if (text.length - at <= target * 1.5) {
      out.push({ start: start + at, end: start + text.length });
      break;
    }
    let cut = text.indexOf('\n', at + target);
    if (cut < 0 || cut >= at + target * 2) {
      cut = at + target;
      const code = text.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut += 1;
    } else cut += 1;
    out.push({ start: start + at, end: start + cut });
    at = cut;
  }
  return out;
}

/** The index of the chunk containing `offset` (the last chunk for the end offset); -1 when outside. */
export function chunkIndexAt(chunks: readonly Chunk[], offset: number): number {
  let lo = 0;
  let hi = chunks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = chunks[mid] as Chunk;
    if (offset < c.start) hi = mid - 1;
    else if (offset >= c.end) lo = mid + 1;
    else return mid;
  }
  const last = chunks[chunks.length - 1];
  return last && offset === last.end ? chunks.length - 1 : -1;
}
