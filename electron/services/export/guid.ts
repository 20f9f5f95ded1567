import { createHash } from 'node:crypto';

/**
 * A deterministic GUID (RFC 4122 layout, version 5-style bits) from a name: the same project exports
 * the same GUIDs, so golden files are stable and re-exports line up with earlier imports in QDA tools.
 */
export function nameGuid(name: string): string {
  const h = createHash('sha256').update(name).digest();
  h[6] = ((h[6] ?? 0) & 0x0f) | 0x50;
  h[8] = ((h[8] ?? 0) & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** Number of Unicode code points in text[0, utf16Offset): REFI-QDA positions count characters, not UTF-16 units. */
export function codePointOffset(text: string, utf16Offset: number): number {
  let n = 0;
  for (let i = 0; i < utf16Offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    // The low half of a surrogate pair is not a character of its own.
    if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && isHigh(text.charCodeAt(i - 1)))) n++;
  }
  return n;
}

/** The UTF-16 offset of code point `cp` in `text` (inverse of {@link codePointOffset}); null past the end. */
export function utf16Offset(text: string, cp: number): number | null {
  let n = 0;
  let i = 0;
  while (n < cp) {
    if (i >= text.length) return null;
    i += isHigh(text.charCodeAt(i)) && i + 1 < text.length ? 2 : 1;
    n++;
  }
  return i;
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
