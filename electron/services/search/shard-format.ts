import { POSITION_FIELDS, type BuiltShard } from './shard-build';
import { packTerms, type PackedTerms } from './terms';

/**
 * The cache file of one shard: the typed arrays of a {@link BuiltShard} written as they are, and its
 * strings as a few UTF-8 blocks, so that loading is a read, a few string decodes and views — not a
 * parse. (Version 4 kept refs, terms and words in a JSON header: parsing it was most of a 100k reopen.)
 * Layout (little-endian):
 *   "DSH5" | u32 header length | header JSON (counts, array lengths and element sizes, block sizes) |
 *   refs (NUL-joined) | terms (concatenated, see packTerms) | words (\n-joined) | stems (\n-joined) |
 *   padding to 4 | termStarts u32 | offsets i32 | data i32 | pOffsets i32 | pStart u32 |
 *   pDocs u16/u32 | positions u16/u32
 * Loading checks every length and the term table eagerly; the postings of a term are checked on its
 * first use ({@link checkTerm}). A damaged file is refused (and rebuilt), never trusted.
 */

const MAGIC = 0x35485344; // "DSH5" read as little-endian u32

interface Header {
  refCount: number;
  termCount: number;
  wordCount: number;
  /** Byte sizes of the refs, terms, words and stems blocks. */
  blocks: [number, number, number, number];
  lengths: [number, number, number, number, number, number];
  pDocsBytes: 2 | 4;
  positionsBytes: 2 | 4;
}

/** A shard file's postings failed their check: the file is damaged and must be rebuilt. */
export class CorruptShardError extends Error {
  override readonly name = 'CorruptShardError';
}

/** Serialises a built shard to one buffer (the cache file's bytes). */
export function encodeShard(s: BuiltShard): Uint8Array {
  const packed = s.packed ?? packTerms(s.terms);
  const termCount = packed.starts.length - 1;
  const blocks = [
    Buffer.from(s.refs.join('\0'), 'utf8'),
    Buffer.from(packed.text, 'utf8'),
    Buffer.from(s.vocab.join('\n'), 'utf8'),
    Buffer.from(s.vocabStems.join('\n'), 'utf8'),
  ];
  // Term starts count UTF-16 units of the decoded text (what comparePacked indexes), not bytes.
  const parts = [packed.starts, s.offsets, s.data, s.pOffsets, s.pStart, s.pDocs, s.positions];
  const header: Header = {
    refCount: s.refs.length,
    termCount,
    wordCount: s.vocab.length,
    blocks: blocks.map((b) => b.length) as Header['blocks'],
    lengths: parts.slice(1).map((p) => p.length) as Header['lengths'],
    pDocsBytes: s.pDocs.BYTES_PER_ELEMENT as 2 | 4,
    positionsBytes: s.positions.BYTES_PER_ELEMENT as 2 | 4,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  let size = 8 + json.length;
  for (const b of blocks) size += b.length;
  size = align(size);
  for (const p of parts) size = align(size + p.byteLength);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, json.length, true);
  out.set(json, 8);
  let at = 8 + json.length;
  for (const b of blocks) {
    out.set(b, at);
    at += b.length;
  }
  at = align(at);
  for (const p of parts) {
    out.set(new Uint8Array(p.buffer, p.byteOffset, p.byteLength), at);
    at = align(at + p.byteLength);
  }
  return out;
}

function align(n: number): number {
  return (n + 3) & ~3;
}

/** What to decode besides the postings. */
export interface DecodeOptions {
  /**
   * Decode the shard's surface words (and stems). A reopen whose vocabulary comes from the saved words
   * file skips them: 64 shards × 65k words were a second of each worker's time at 100k articles.
   */
  words: boolean;
}

/** Reads a shard file's bytes; throws (with what is wrong) on anything that is not a valid shard. */
export function decodeShard(bytes: Uint8Array, options: DecodeOptions = { words: true }): BuiltShard {
  if (bytes.byteLength < 8) throw new Error('too short');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw new Error('not a search shard of this version');
  const jsonLength = view.getUint32(4, true);
  if (8 + jsonLength > bytes.byteLength) throw new Error('truncated header');
  let h: Header;
  try {
    h = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset + 8, jsonLength).toString('utf8')) as Header;
  } catch {
    throw new Error('bad header');
  }
  const counts = (a: unknown, n: number) =>
    Array.isArray(a) && a.length === n && a.every((x) => Number.isInteger(x) && x >= 0);
  if (
    !h ||
    !counts([h.refCount, h.termCount, h.wordCount], 3) ||
    !counts(h.blocks, 4) ||
    !counts(h.lengths, 6) ||
    (h.pDocsBytes !== 2 && h.pDocsBytes !== 4) ||
    (h.positionsBytes !== 2 && h.positionsBytes !== 4)
  )
    throw new Error('bad header');
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 8 + jsonLength;
  const text = (i: number, decode: boolean): string => {
    const n = h.blocks[i] as number;
    if (at + n > bytes.byteLength) throw new Error('truncated data');
    const s = decode ? buf.toString('utf8', at, at + n) : '';
    at += n;
    return s;
  };
  const refsText = text(0, true);
  const termsText = text(1, true);
  const wordsText = text(2, options.words);
  const stemsText = text(3, options.words);
  at = align(at);
  // When `bytes` is a whole buffer of its own (a file read), the arrays are views into it (no copy: a
  // reopen at 100k reads half a gigabyte); else each section is copied into its own aligned buffer.
  const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  const section = <T>(n: number, size: number, make: (b: ArrayBuffer, o: number, n: number) => T): T => {
    const byteLength = n * size;
    if (at + byteLength > bytes.byteLength) throw new Error('truncated data');
    const out = own
      ? make(bytes.buffer as ArrayBuffer, at, n)
      : make(
          bytes.buffer.slice(bytes.byteOffset + at, bytes.byteOffset + at + byteLength) as ArrayBuffer,
          0,
          n,
        );
    at = align(at + byteLength);
    return out;
  };
  const i32 = (b: ArrayBuffer, o: number, n: number) => new Int32Array(b, o, n);
  const u32 = (b: ArrayBuffer, o: number, n: number) => new Uint32Array(b, o, n);
  const u16 = (b: ArrayBuffer, o: number, n: number) => new Uint16Array(b, o, n);
  const [nOffsets, nData, nPOffsets, nPStart, nPDocs, nPositions] = h.lengths;
  const starts = section(h.termCount + 1, 4, u32);
  const offsets = section(nOffsets, 4, i32);
  const data = section(nData, 4, i32);
  const pOffsets = section(nPOffsets, 4, i32);
  const pStart = section(nPStart, 4, u32);
  const pDocs = h.pDocsBytes === 2 ? section(nPDocs, 2, u16) : section(nPDocs, 4, u32);
  const positions = h.positionsBytes === 2 ? section(nPositions, 2, u16) : section(nPositions, 4, u32);
  const refs = h.refCount ? refsText.split('\0') : [];
  if (refs.length !== h.refCount) throw new Error('bad document refs');
  const split = (s: string) => (h.wordCount ? s.split('\n') : []);
  const vocab = options.words ? split(wordsText) : [];
  const vocabStems = options.words ? split(stemsText) : [];
  if (options.words && (vocab.length !== h.wordCount || vocabStems.length !== h.wordCount))
    throw new Error('bad words');
  const s: BuiltShard = {
    refs,
    terms: [],
    packed: { text: termsText, starts },
    offsets,
    data,
    pOffsets,
    pDocs,
    pStart,
    positions,
    vocab,
    vocabStems,
    checked: new Uint8Array(h.termCount),
  };
  validateTables(s, s.packed as PackedTerms);
  return s;
}

/**
 * The checks made at load: table sizes, both offset tables monotonic and inside their arrays, term
 * starts inside the text and the terms sorted (a binary search over unsorted terms would silently miss).
 * Per-posting checks wait for a term's first use ({@link checkTerm}).
 */
function validateTables(s: BuiltShard, p: PackedTerms): void {
  const t = p.starts.length - 1;
  if (s.offsets.length !== 4 * t + 1 || s.pOffsets.length !== POSITION_FIELDS * t + 1)
    throw new Error('bad term tables');
  if (s.pStart.length !== s.pDocs.length + 1) throw new Error('bad positional postings');
  monotonic(p.starts, p.text.length, 'term');
  monotonic(s.offsets, s.data.length, 'postings');
  monotonic(s.pOffsets, s.pDocs.length, 'positional postings');
  if ((s.pStart[0] as number) !== 0 || (s.pStart[s.pDocs.length] as number) !== s.positions.length)
    throw new Error('bad positions offsets');
  for (let i = 1; i < t; i++) if (!before(p, i - 1, i)) throw new Error('unsorted terms');
}

/** True when packed term `i` sorts strictly before term `j` (UTF-16 order, as `<` on strings). */
function before(p: PackedTerms, i: number, j: number): boolean {
  const a = p.starts[i] as number;
  const al = (p.starts[i + 1] as number) - a;
  const b = p.starts[j] as number;
  const bl = (p.starts[j + 1] as number) - b;
  const n = Math.min(al, bl);
  for (let k = 0; k < n; k++) {
    const d = p.text.charCodeAt(a + k) - p.text.charCodeAt(b + k);
    if (d) return d < 0;
  }
  return al < bl;
}

/**
 * Checks term `t`'s postings before their first use in a shard read from a file: scored postings hold
 * document indices inside the shard, positional postings too, and each one's positions lie inside the
 * positions array in order. Throws {@link CorruptShardError}. Shards built in memory are not checked.
 */
export function checkTerm(s: BuiltShard, t: number): void {
  const checked = s.checked;
  if (!checked || checked[t]) return;
  const n = s.refs.length;
  for (let f = 0; f < 4; f++) {
    const start = s.offsets[4 * t + f] as number;
    const end = s.offsets[4 * t + f + 1] as number;
    if ((end - start) % 2) throw new CorruptShardError('odd postings');
    for (let i = start; i < end; i += 2) {
      const d = s.data[i] as number;
      if (d < 0 || d >= n) throw new CorruptShardError('bad document index');
    }
  }
  const from = s.pOffsets[POSITION_FIELDS * t] as number;
  const to = s.pOffsets[POSITION_FIELDS * t + POSITION_FIELDS] as number;
  let prev = s.pStart[from] as number;
  for (let i = from; i < to; i++) {
    if ((s.pDocs[i] as number) >= n) throw new CorruptShardError('bad document index');
    const next = s.pStart[i + 1] as number;
    if (next < prev || next > s.positions.length) throw new CorruptShardError('bad positions offsets');
    prev = next;
  }
  checked[t] = 1;
}

function monotonic(a: Int32Array | Uint32Array, end: number, what: string): void {
  let prev = 0;
  for (let i = 0; i < a.length; i++) {
    const v = a[i] as number;
    if (v < prev || v > end) throw new Error(`bad ${what} offsets`);
    prev = v;
  }
  if (a.length && a[a.length - 1] !== end) throw new Error(`bad ${what} offsets`);
}
