import iconv from 'iconv-lite';
import jschardet from 'jschardet';
import type { EncodingInfo } from '../../../shared/model/document';

/** Decoded text plus how it was decoded. */
export interface Decoded {
  text: string;
  encoding: EncodingInfo;
}

/** Below this detector confidence a guess is flagged for the analyst to check. */
const WEAK_GUESS = 0.6;

/**
 * Decodes file bytes: BOM first, then strict UTF-8, then BOM-less UTF-16 by its NUL pattern,
 * then a statistical detector. Never silently substitutes U+FFFD: a lossy decode is flagged.
 */
export function decodeBytes(bytes: Uint8Array, override?: string): Decoded {
  if (override) return decodeWith(bytes, override, { confidence: 1, source: 'override', flagged: false });
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeWith(bytes.subarray(3), 'utf-8', { confidence: 1, source: 'bom', flagged: false });
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return decodeWith(bytes.subarray(2), 'utf-16le', { confidence: 1, source: 'bom', flagged: false });
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return decodeWith(bytes.subarray(2), 'utf-16be', { confidence: 1, source: 'bom', flagged: false });
  // BOM-less UTF-16 first: its ASCII range is valid UTF-8 too (NUL is a legal byte), so the strict UTF-8
  // test alone would accept it as text full of NULs.
  const utf16 = guessUtf16(bytes);
  if (utf16) return decodeWith(bytes, utf16, { confidence: 0.9, source: 'detected', flagged: false });
  const strict = tryStrictUtf8(bytes);
  if (strict !== null)
    return { text: strict, encoding: { name: 'utf-8', confidence: 1, source: 'utf8', flagged: false } };
  const sample = Buffer.from(bytes.subarray(0, 64 * 1024)).toString('binary');
  const guess = jschardet.detect(sample);
  const name = normaliseEncodingName(guess.encoding) ?? 'windows-1252';
  const confidence = guess.encoding ? Math.max(0, Math.min(1, guess.confidence)) : 0;
  return decodeWith(bytes, name, { confidence, source: 'detected', flagged: confidence < WEAK_GUESS });
}

/** Encodings the analyst may pick as an override (all decodable by iconv-lite). */
export const SUPPORTED_ENCODINGS = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1251',
  'koi8-r',
  'windows-1252',
  'iso-8859-1',
  'iso-8859-2',
  'windows-1250',
  'iso-8859-5',
  'macintosh',
  'gb18030',
  'shift_jis',
  'euc-kr',
  'big5',
] as const;

function decodeWith(bytes: Uint8Array, name: string, meta: Omit<EncodingInfo, 'name'>): Decoded {
  const text = iconv.decode(Buffer.from(bytes), name);
  // iconv-lite substitutes U+FFFD for undecodable sequences: surface that instead of hiding it.
  const lossy = text.includes('\uFFFD') && !hasReplacementCharInSource(bytes, name);
  return { text, encoding: { name, ...meta, flagged: meta.flagged || lossy } };
}

function hasReplacementCharInSource(bytes: Uint8Array, name: string): boolean {
  // A real U+FFFD in UTF-8 source is EF BF BD; other encodings cannot express it.
  return name === 'utf-8' && Buffer.from(bytes).includes(Buffer.from([0xef, 0xbf, 0xbd]));
}

function tryStrictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** BOM-less UTF-16: most ASCII-range text has NUL in every other byte, on one parity. */
export function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul / pairs > 0.3 && evenNul / pairs < 0.05) return 'utf-16le';
  if (evenNul / pairs > 0.3 && oddNul / pairs < 0.05) return 'utf-16be';
  return null;
}

function normaliseEncodingName(name: string | null | undefined): string | null {
  if (!name) return null;
  const lower = name.toLowerCase();
  if (lower === 'ascii') return 'utf-8';
  return iconv.encodingExists(lower) ? lower : null;
}
