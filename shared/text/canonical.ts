/**
 * THE CANONICAL-TEXT RULE (DESIGN.md §4).
 *
 * A file is decoded once (encoding detection lives in electron/services/ingest) and the decoded string
 * is turned into canonical text by {@link toCanonicalText}:
 *   1. a leading U+FEFF (byte-order mark) is removed;
 *   2. line endings CRLF and lone CR become LF;
 *   3. the text is normalised to Unicode NFC.
 * Nothing else changes: no trimming, no whitespace collapsing, NUL and other control characters are kept
 * (the reader shows them as symbols) so that offsets into the text stay meaningful.
 *
 * Every offset anywhere in Dossier — search hits, entity mentions, furniture ranges, story bounds,
 * annotation selectors — is a UTF-16 code-unit offset into this canonical text of the whole file.
 */

/** Turns a decoded string into canonical text: BOM dropped, line endings to `\n`, NFC. */
export function toCanonicalText(decoded: string): string {
  const noBom = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  return noBom.replace(/\r\n?/g, '\n').normalize('NFC');
}

/** True when `text` is already canonical (idempotence is the rule's main property). */
export function isCanonicalText(text: string): boolean {
  return toCanonicalText(text) === text;
}
