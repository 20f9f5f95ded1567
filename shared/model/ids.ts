/**
 * Document ids: the file's path relative to the workspace root, with `/` separators and NFC,
 * plus `#n` for story n > 1 of a file that holds several stories (DESIGN.md §4).
 */

/** The id of story `story` (1-based) of the file at `relPath`. */
export function documentId(relPath: string, story: number): string {
  return story > 1 ? `${relPath}#${story}` : relPath;
}

/** Splits a document id into its relative path and 1-based story number. */
export function parseDocumentId(id: string): { path: string; story: number } {
  const m = /^(.*)#(\d+)$/.exec(id);
  if (m && m[1] !== undefined && m[2] !== undefined) return { path: m[1], story: Number(m[2]) };
  return { path: id, story: 1 };
}
