/**
 * Binary detection by content, not by extension. git's rule (a NUL in the first 8000 bytes) would call
 * BOM-less UTF-16 binary, so callers test for UTF-16 first (decode.ts guessUtf16) and only then this.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8000);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    if (b < 7 || (b > 13 && b < 27) || (b > 27 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}
