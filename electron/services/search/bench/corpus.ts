import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { NEWS_WORDS } from './vocabulary';

/**
 * Seeded generator of realistic news corpora for the benchmarks (and anyone who needs a big folder):
 * word frequencies follow Zipf's law over real news vocabulary plus a long synthetic tail (names, rare
 * words), articles average ~2.2 KB with a headline, a metadata date line, a dateline, paragraphs and,
 * on most pages, site furniture ("Recommended For You", "3 min read" lists). Same seed, same bytes.
 */

const OUTLETS = [
  'Meridian Wire',
  'Pacific Wire Service',
  'Danube Observer',
  'Northern Ledger',
  'Capital Post',
  'Gulf Chronicle',
  'Kyiv Herald',
  'ABN News',
  'Channel 9',
  'Bosphorus News Agency',
];
const CITIES = [
  'KYIV',
  'MOSCOW',
  'BRUSSELS',
  'GENEVA',
  'WASHINGTON',
  'ISTANBUL',
  'LONDON',
  'VIENNA',
  'ABU DHABI',
  'WARSAW',
];
const SYLLABLES = [
  'ka',
  'ro',
  'vel',
  'an',
  'dri',
  'mos',
  'tel',
  'un',
  'gor',
  'shi',
  'ven',
  'la',
  'bor',
  'zet',
  'mi',
  'kov',
  'ya',
  'stan',
  'per',
  'ol',
  'ek',
  'rus',
  'nad',
  'ti',
  'sko',
  'lem',
  'bra',
  'din',
  'fa',
  'hu',
];

/** A small, fast, seeded PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A vocabulary of `size` words: real news words first, then synthetic names and rare words. */
function vocabulary(size: number, random: () => number): string[] {
  const out = [...NEWS_WORDS];
  const seen = new Set(out);
  while (out.length < size) {
    let w = '';
    const n = 2 + Math.floor(random() * 3);
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    if (!seen.has(w)) {
      seen.add(w);
      out.push(w);
    }
  }
  return out;
}

/** Zipf sampler over ranks 0..n-1 (exponent s), by inverse CDF on a precomputed table. */
function zipf(n: number, s: number, random: () => number): () => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cdf[i] = sum += 1 / Math.pow(i + 1, s);
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cdf[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function pick<T>(list: readonly T[], random: () => number): T {
  return list[Math.floor(random() * list.length)] as T;
}

function cap(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** One article's text and where it goes. */
export interface GeneratedArticle {
  relPath: string;
  text: string;
}

/** Generates article `i` of a corpus (pure: same seed and index, same text). */
export function generateArticle(
  i: number,
  seed: number,
  words: readonly string[],
  draw: () => number,
  random: () => number,
): GeneratedArticle {
  const outlet = pick(OUTLETS, random);
  const day = 1 + Math.floor(random() * 28);
  const month = 10 + Math.floor(random() * 3);
  const date = `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const sentence = (min: number, max: number) => {
    const n = min + Math.floor(random() * (max - min));
    const ws: string[] = [];
    for (let k = 0; k < n; k++) ws.push(words[draw()] as string);
    return `${cap(ws.join(' '))}.`;
  };
  const headline = sentence(6, 13).replace(/\.$/, '');
  // Log-normal-ish body length around 2.2 KB.
  const target = Math.max(600, Math.round(1800 * Math.exp((random() - 0.5) * 0.9)));
  const paras: string[] = [];
  paras.push(`${pick(CITIES, random)} (${outlet}) — ${sentence(12, 28)}`);
  let length = (paras[0] as string).length;
  while (length < target) {
    let p = '';
    const k = 2 + Math.floor(random() * 3);
    for (let j = 0; j < k; j++) p += `${sentence(8, 30)} `;
    paras.push(p.trim());
    length += p.length;
  }
  let furniture = '';
  if (random() < 0.7) {
    furniture = '\n\nRecommended For You\n';
    for (let j = 0; j < 3; j++) furniture += `${sentence(5, 10).replace(/\.$/, '')}\n3 min read\n`;
  }
  const text = ` date ${date}\n${headline}\n\n${paras.join('\n\n')}${furniture}\n`;
  const folder = outlet.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return {
    relPath: `${folder}/${String(Math.floor(i / 1000)).padStart(3, '0')}/article-${seed}-${i}.txt`,
    text,
  };
}

/**
 * Writes `count` articles under `dir` (created), seeded by `seed`; returns the bytes written.
 * Vocabulary grows with the corpus (Heaps' law), about 60k words at 10k articles and 200k at 100k.
 */
export async function generateCorpus(
  dir: string,
  count: number,
  seed = 1,
): Promise<{ files: number; bytes: number }> {
  const random = rng(seed);
  const words = vocabulary(Math.max(5000, Math.round(600 * Math.pow(count, 0.5))), random);
  const draw = zipf(words.length, 1.07, random);
  let bytes = 0;
  const made = new Set<string>();
  for (let i = 0; i < count; i++) {
    const a = generateArticle(i, seed, words, draw, random);
    const file = path.join(dir, a.relPath);
    const parent = path.dirname(file);
    if (!made.has(parent)) {
      await mkdir(parent, { recursive: true });
      made.add(parent);
    }
    await writeFile(file, a.text);
    bytes += Buffer.byteLength(a.text);
  }
  return { files: count, bytes };
}
