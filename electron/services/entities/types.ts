import type { EntityType } from '../../../shared/model/entity';
import type { RawMention, RenameStatement } from './recognise';

/** One document's recognised mentions as clustering consumes them. */
export interface DocInput {
  docId: string;
  title: string;
  date: string | null;
  mentions: readonly RawMention[];
  renames: readonly RenameStatement[];
}

/** A mention assigned to an entity. Offsets are UTF-16 into the file's canonical text. */
export interface ResolvedMention {
  docId: string;
  start: number;
  end: number;
  text: string;
  /** Display form used for the alias list ("Kyiv" for a "KYIV" dateline). */
  name: string;
  confidence: number;
  source: string;
}

/** An entity while it is being built and edited. */
export interface EntityRecord {
  id: string;
  type: EntityType;
  name: string;
  mentions: ResolvedMention[];
  /** True once an analyst decision touched it (merge, rename, retype, tag, alias). */
  manual: boolean;
  hidden: boolean;
  /** Aliases added by hand (also expanded by search even before they are found in the text). */
  extraAliases: string[];
}

/** Every entity by id plus the redirects left by merges (old id → id it was merged into). */
export interface EntityModel {
  entities: Map<string, EntityRecord>;
  redirects: Map<string, string>;
}

/** Follows merge redirects to the entity that now holds `id`'s mentions. */
export function resolveId(model: EntityModel, id: string): string {
  let cur = id;
  for (let i = 0; i < 50 && !model.entities.has(cur); i++) {
    const next = model.redirects.get(cur);
    if (!next) break;
    cur = next;
  }
  return cur;
}
