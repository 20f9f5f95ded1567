import type { EntityType } from '../../../shared/model/entity';
import { foldName } from './fold';
import { GAZETTEER, type GazetteerRow } from './lexicon';

/** What the built-in gazetteer knows about one folded name. */
export interface GazetteerHit {
  type: EntityType;
  /** The canonical name this form belongs to (aliases resolve to it). */
  canonical: string;
  /** True when the form is a variant (former or other-language name): suggest, never merge. */
  variant: boolean;
}

let index: Map<string, GazetteerHit> | null = null;

function build(rows: readonly GazetteerRow[]): Map<string, GazetteerHit> {
  const map = new Map<string, GazetteerHit>();
  for (const row of rows) {
    map.set(foldName(row.name), { type: row.type, canonical: row.name, variant: false });
    for (const a of row.aliases ?? [])
      map.set(foldName(a), { type: row.type, canonical: row.name, variant: false });
    for (const v of row.variants ?? []) {
      const key = foldName(v);
      if (!map.has(key)) map.set(key, { type: row.type, canonical: v, variant: true });
    }
  }
  return map;
}

/** Looks a name up in the built-in gazetteer (case and diacritics folded). */
export function lookupGazetteer(name: string): GazetteerHit | undefined {
  index ??= build(GAZETTEER);
  return index.get(foldName(name));
}

/** Pairs (variant, canonical) of the built-in gazetteer, for "other name" suggestions. */
export function gazetteerVariants(): Array<{ variant: string; canonical: string; type: EntityType }> {
  const out: Array<{ variant: string; canonical: string; type: EntityType }> = [];
  for (const row of GAZETTEER)
    for (const v of row.variants ?? []) out.push({ variant: v, canonical: row.name, type: row.type });
  return out;
}
