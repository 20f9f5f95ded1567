import { documentId } from '../../../shared/model/ids';
import { BANDS, ROWS, similarity } from '../ingest/minhash';
import type { ParsedFile } from '../ingest/types';

/** Estimated Jaccard of word 3-shingles above which two stories are copies of one story (unrelated stories
 * on the same subject score ≈ 0.05; an edited syndicated copy ≈ 0.4, a re-save ≈ 0.9). */
export const COPY_THRESHOLD = 0.3;

/** A story's place in a group of copies: the group's id (its original's document id) and its size. */
export interface CopyInfo {
  group: string;
  copies: number;
  members: string[];
}

/**
 * Groups near-duplicate stories (syndicated copies, re-saves) with MinHash LSH: stories sharing a band are
 * compared, pairs over {@link COPY_THRESHOLD} are joined (union-find). The group's original is the member
 * with the earliest date, then the one whose outlet the others credit, then the one most like the others.
 * Linear in the number of stories plus candidate pairs.
 */
export function findCopies(files: Iterable<ParsedFile>): Map<string, CopyInfo> {
  const ids: string[] = [];
  const sigs: number[][] = [];
  const dates: (string | null)[] = [];
  const outlets: string[] = [];
  const texts: string[] = [];
  for (const f of files)
    f.stories.forEach((s, i) => {
      if (!s.signature) return;
      ids.push(documentId(f.relPath, i + 1));
      sigs.push(s.signature);
      dates.push(s.date);
      outlets.push(s.outlet);
      texts.push(f.text.slice(s.start, Math.min(s.end, s.start + 50_000)));
    });
  const parent = ids.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const rows = ROWS;
  for (let b = 0; b < BANDS; b++) {
    const buckets = new Map<string, number[]>();
    sigs.forEach((sig, i) => {
      const key = sig.slice(b * rows, b * rows + rows).join(',');
      const bucket = buckets.get(key);
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    });
    for (const bucket of buckets.values()) {
      // A huge bucket is boilerplate-only text, not copies: cap the comparisons it can cause.
      if (bucket.length < 2 || bucket.length > 200) continue;
      for (let x = 0; x < bucket.length; x++)
        for (let y = x + 1; y < bucket.length; y++) {
          const i = bucket[x]!;
          const j = bucket[y]!;
          if (find(i) !== find(j) && similarity(sigs[i]!, sigs[j]!) >= COPY_THRESHOLD)
            parent[find(i)] = find(j);
        }
    }
  }
  const groups = new Map<number, number[]>();
  ids.forEach((_, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  });
  const out = new Map<string, CopyInfo>();
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    // A copy credits its source ("MOSCOW (Meridian Wire) -"): the member other copies name is the original.
    const credited = (a: number) => {
      if (outlets[a] === 'unknown') return 0;
      const acronym = `(${(outlets[a]!.match(/\p{Lu}\p{L}*/gu) ?? []).map((w) => w[0]).join('')})`;
      return members.filter(
        (b) => b !== a && (texts[b]!.includes(outlets[a]!) || texts[b]!.includes(acronym)),
      ).length;
    };
    const likeness = (a: number) => members.reduce((sum, b) => sum + similarity(sigs[a]!, sigs[b]!), 0);
    const credit = new Map(members.map((m) => [m, credited(m)]));
    const score = new Map(members.map((m) => [m, likeness(m)]));
    const sorted = [...members].sort(
      (a, b) =>
        (dates[a] ?? '9999').localeCompare(dates[b] ?? '9999') ||
        credit.get(b)! - credit.get(a)! ||
        score.get(b)! - score.get(a)! ||
        ids[a]!.localeCompare(ids[b]!),
    );
    const info: CopyInfo = {
      group: ids[sorted[0]!]!,
      copies: members.length,
      members: sorted.map((m) => ids[m]!),
    };
    for (const m of members) out.set(ids[m]!, info);
  }
  return out;
}
