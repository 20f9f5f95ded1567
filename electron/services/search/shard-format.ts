import { POSITION_FIELDS, type BuiltShard } from './shard-build';

/**
 * The cache file of one shard: the typed arrays of a {@link BuiltShard} written as they are, so that
 * loading is a read and a few views, not a parse. Layout (little-endian):
 *   "DSH4" | u32 header length | header JSON (refs, terms, vocab, array lengths and element sizes) |
 *   padding to 4 | offsets i32 | data i32 | pOffsets i32 | pStart u32 | pDocs u16/u32 | positions u16/u32
 * Decoding checks every length and every index against its bounds, so a truncated or damaged file is
 * refused (and rebuilt), never trusted.
 */

const MAGIC = 0x34485344; // "DSH4" read as little-endian u32

interface Header {
  refs: string[];
  terms: string[];
  vocab: string[];
  vocabStems: string[];
  lengths: [number, number, number, number, number, number];
  pDocsBytes: 2 | 4;
  positionsBytes: 2 | 4;
}

/** Serialises a built shard to one buffer (the cache file's bytes). */
export function encodeShard(s: BuiltShard): Uint8Array {
  const header: Header = {
    refs: s.refs,
    terms: s.terms,
    vocab: s.vocab,
    vocabStems: s.vocabStems,
    lengths: [
      s.offsets.length,
      s.data.length,
      s.pOffsets.length,
      s.pStart.length,
      s.pDocs.length,
      s.positions.length,
    ],
    pDocsBytes: s.pDocs.BYTES_PER_ELEMENT as 2 | 4,
    positionsBytes: s.positions.BYTES_PER_ELEMENT as 2 | 4,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const head = align(8 + json.length);
  const parts = [s.offsets, s.data, s.pOffsets, s.pStart, s.pDocs, s.positions];
  let size = head;
  for (const p of parts) size = align(size + p.byteLength);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, json.length, true);
  out.set(json, 8);
  let at = head;
  for (const p of parts) {
    out.set(new Uint8Array(p.buffer, p.byteOffset, p.byteLength), at);
    at = align(at + p.byteLength);
  }
  return out;
}

function align(n: number): number {
  return (n + 3) & ~3;
}

/** Reads a shard file's bytes; throws (with what is wrong) on anything that is not a valid shard. */
export function decodeShard(bytes: Uint8Array): BuiltShard {
  if (bytes.byteLength < 8) throw new Error('too short');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw new Error('not a search shard of this version');
  const jsonLength = view.getUint32(4, true);
  if (8 + jsonLength > bytes.byteLength) throw new Error('truncated header');
  const h = JSON.parse(
    Buffer.from(bytes.buffer, bytes.byteOffset + 8, jsonLength).toString('utf8'),
  ) as Header;
  if (
    !Array.isArray(h.refs) ||
    !Array.isArray(h.terms) ||
    !Array.isArray(h.vocab) ||
    !Array.isArray(h.vocabStems) ||
    h.vocabStems.length !== h.vocab.length ||
    !Array.isArray(h.lengths) ||
    h.lengths.length !== 6 ||
    !h.lengths.every((n) => Number.isInteger(n) && n >= 0) ||
    (h.pDocsBytes !== 2 && h.pDocsBytes !== 4) ||
    (h.positionsBytes !== 2 && h.positionsBytes !== 4)
  )
    throw new Error('bad header');
  // When `bytes` is a whole buffer of its own (a file read), the arrays are views into it (no copy: a
  // reopen at 100k reads half a gigabyte); else each section is copied into its own aligned buffer.
  const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  const sizes = [4, 4, 4, 4, h.pDocsBytes, h.positionsBytes];
  let at = align(8 + jsonLength);
  const sections: { buffer: ArrayBuffer; offset: number; length: number }[] = [];
  h.lengths.forEach((n, i) => {
    const byteLength = n * (sizes[i] as number);
    if (at + byteLength > bytes.byteLength) throw new Error('truncated data');
    sections.push(
      own
        ? { buffer: bytes.buffer as ArrayBuffer, offset: at, length: n }
        : {
            buffer: bytes.buffer.slice(
              bytes.byteOffset + at,
              bytes.byteOffset + at + byteLength,
            ) as ArrayBuffer,
            offset: 0,
            length: n,
          },
    );
    at = align(at + byteLength);
  });
  const section = <T>(i: number, make: (b: ArrayBuffer, o: number, n: number) => T): T => {
    const x = sections[i] as { buffer: ArrayBuffer; offset: number; length: number };
    return make(x.buffer, x.offset, x.length);
  };
  const i32 = (b: ArrayBuffer, o: number, n: number) => new Int32Array(b, o, n);
  const u32 = (b: ArrayBuffer, o: number, n: number) => new Uint32Array(b, o, n);
  const u16 = (b: ArrayBuffer, o: number, n: number) => new Uint16Array(b, o, n);
  const s: BuiltShard = {
    refs: h.refs,
    terms: h.terms,
    vocab: h.vocab,
    vocabStems: h.vocabStems,
    offsets: section(0, i32),
    data: section(1, i32),
    pOffsets: section(2, i32),
    pStart: section(3, u32),
    pDocs: h.pDocsBytes === 2 ? section(4, u16) : section(4, u32),
    positions: h.positionsBytes === 2 ? section(5, u16) : section(5, u32),
  };
  validate(s);
  return s;
}

/** Every offset monotonic and inside its array, every document index inside the shard. */
function validate(s: BuiltShard): void {
  const n = s.refs.length;
  const t = s.terms.length;
  if (s.offsets.length !== 4 * t + 1 || s.pOffsets.length !== POSITION_FIELDS * t + 1)
    throw new Error('bad term tables');
  if (s.pStart.length !== s.pDocs.length + 1) throw new Error('bad positional postings');
  monotonic(s.offsets, s.data.length, 'postings');
  monotonic(s.pOffsets, s.pDocs.length, 'positional postings');
  monotonic(s.pStart, s.positions.length, 'positions');
  for (let i = 0; i < 4 * t; i += 4)
    if (((s.offsets[i + 3] as number) - (s.offsets[i] as number)) % 2) throw new Error('odd postings');
  for (let i = 0; i < s.data.length; i += 2)
    if ((s.data[i] as number) < 0 || (s.data[i] as number) >= n) throw new Error('bad document index');
  for (let i = 0; i < s.pDocs.length; i++)
    if ((s.pDocs[i] as number) >= n) throw new Error('bad document index');
  for (let i = 1; i < t; i++)
    if (!((s.terms[i - 1] as string) < (s.terms[i] as string))) throw new Error('unsorted terms');
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
