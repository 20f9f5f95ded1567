import type { ParsedFile } from '../ingest/types';

/**
 * Shard fingerprints without sorting or building strings. Each file gets a 64-bit key (two 32-bit lanes
 * of a multiplicative string hash with a murmur3 finish) over its path, content hash and story layout;
 * a shard's fingerprint is the lane-wise sum of its files' keys plus their count. A sum does not depend
 * on order, and a file added, removed or changed moves it by that file's key, so the services thread
 * keeps one running sum per shard instead of hashing every file of a shard on each start (sorting and
 * joining 100k files' layouts took it 1–2 s per reopen at 100k articles).
 *
 * This is a cache key, not a defence against crafted input: two different shards get the same
 * fingerprint with a chance of about 2^-64, the same odds as a random 64-bit collision.
 */

/** A file's key: two 32-bit lanes (unsigned). */
export type FileKey = readonly [number, number];

/** The running fingerprint of one shard. */
export interface ShardSum {
  files: number;
  a: number;
  b: number;
}

let h1 = 0;
let h2 = 0;

function mixString(s: string): void {
  for (let i = 0; i < s.length; i++) mixNumber(s.charCodeAt(i));
  // The length ends the field, so "ab"+"c" and "a"+"bc" differ.
  mixNumber(s.length + 0x10000);
}

function mixNumber(n: number): void {
  h1 = Math.imul(h1 ^ n, 0x9e3779b1);
  h2 = Math.imul(h2 ^ n, 0x85ebca77);
  h1 = (h1 << 13) | (h1 >>> 19);
  h2 = (h2 << 17) | (h2 >>> 15);
}

function finish(h: number, other: number): number {
  let x = h ^ Math.imul(other, 0xc2b2ae3d);
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** The key of a file: path, content hash and every story's range, date, title, outlet and furniture. */
export function fileKey(f: ParsedFile): FileKey {
  h1 = 0x243f6a88;
  h2 = 0x85a308d3;
  mixString(f.relPath);
  mixString(f.contentHash);
  mixNumber(f.stories.length);
  for (const s of f.stories) {
    mixNumber(s.start);
    mixNumber(s.end);
    mixString(s.date ?? '\u0000');
    mixString(s.title);
    mixString(s.outlet);
    mixNumber(s.boilerplate.length);
    for (const b of s.boilerplate) {
      mixNumber(b.start);
      mixNumber(b.end);
    }
  }
  const a = finish(h1, h2);
  const b = finish(h2, a);
  return [a, b];
}

/** A stable 32-bit hash of a path (which shard a file belongs to). */
export function pathHash(relPath: string): number {
  h1 = 0x243f6a88;
  h2 = 0x85a308d3;
  mixString(relPath);
  return finish(h1, h2);
}

/** An empty shard sum. */
export function emptySum(): ShardSum {
  return { files: 0, a: 0, b: 0 };
}

/** Adds (sign 1) or removes (sign −1) a file's key; arithmetic is mod 2^32, so removal is exact. */
export function addKey(sum: ShardSum, key: FileKey, sign: 1 | -1): void {
  sum.files += sign;
  sum.a = (sum.a + sign * key[0]) >>> 0;
  sum.b = (sum.b + sign * key[1]) >>> 0;
}

/** The fingerprint string of a shard (part of its cache file's name). */
export function sumFingerprint(version: number, sum: ShardSum): string {
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return `${version}${hex(sum.a)}${hex(sum.b)}${sum.files.toString(16)}`;
}
