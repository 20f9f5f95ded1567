import type { ActorCandidate } from '../../../shared/model/issue';
import type { BuiltModel } from '../entities/build';
import { foldName, translitKey } from '../entities/fold';
import { entityModel, lastModel } from '../entities/service';
import { resolveId, type EntityRecord } from '../entities/types';
import type { Session } from '../session';

/**
 * Actors are entities: "Zelensky", "Zelenskyy" and "Ukrainian President Volodymyr Zelensky" are one
 * person. An actor name resolves to an entity of the entities service by the transliteration key of
 * the whole name or of a tail of it that starts at a capitalised word (titles and adjectives dropped),
 * else by a surname that belongs to exactly one person. A name that resolves to nothing stays a raw name.
 */
export interface ActorIndex {
  /** Transliteration key of an alias or name → entity id (the most mentioned entity wins a shared key). */
  byKey: Map<string, string>;
  /** Surname key → the one person carrying it, or null when several people do. */
  bySurname: Map<string, string | null>;
  /** Entity → the entity a pending merge suggestion would keep (spelling, typo, surname). */
  pending: Map<string, string>;
  built: BuiltModel;
}

/** Merge suggestions whose two names are one actor for grouping even before the analyst merges them. */
const SAME_ACTOR_RULES = new Set(['transliteration', 'spelling', 'typo', 'surname']);

/** Builds the lookup tables from the entity model (visible entities only). */
export function actorIndex(built: BuiltModel): ActorIndex {
  const byKey = new Map<string, string>();
  const bySurname = new Map<string, string | null>();
  // `list` is by mentions descending: the first entity to claim a key keeps it.
  for (const e of built.list) {
    if (e.hidden) continue;
    for (const alias of aliasesOf(e)) {
      const key = translitKey(alias);
      if (!key || byKey.has(key)) continue;
      byKey.set(key, e.id);
    }
    if (e.type !== 'person') continue;
    const surnames = new Set<string>();
    for (const alias of aliasesOf(e)) {
      const words = translitKey(alias).split(' ');
      const last = words[words.length - 1];
      if (words.length > 1 && last && last.length > 2) surnames.add(last);
    }
    for (const s of surnames) {
      const holder = bySurname.get(s);
      if (holder === undefined) bySurname.set(s, e.id);
      // Two spellings of one name (a pending transliteration merge) are not a clash of surnames.
      else if (holder !== e.id && byKey.get(translitKey(e.name)) !== holder) bySurname.set(s, null);
    }
  }
  const pending = new Map<string, string>();
  for (const s of built.suggestions)
    if (SAME_ACTOR_RULES.has(s.rule) && !pending.has(s.entities[1]))
      pending.set(s.entities[1], s.entities[0]);
  return { byKey, bySurname, pending, built };
}

function aliasesOf(e: EntityRecord): string[] {
  const out = new Set<string>([e.name, ...e.extraAliases]);
  for (const m of e.mentions) {
    out.add(m.name);
    out.add(m.text);
  }
  return [...out];
}

/** The entity an actor name stands for, or null. */
export function resolveActor(index: ActorIndex, name: string): string | null {
  const raw = name.trim().split(/\s+/);
  for (let i = 0; i < raw.length; i++) {
    // A tail starts at a capitalised word: "Ukrainian President Volodymyr Zelensky" → "Volodymyr Zelensky".
    if (i > 0 && !/^\p{Lu}/u.test(raw[i] ?? '')) continue;
    const id = index.byKey.get(translitKey(raw.slice(i).join(' ')));
    if (id) return current(index, id);
  }
  const last = translitKey(raw[raw.length - 1] ?? '');
  const person = last ? index.bySurname.get(last) : undefined;
  return person ? current(index, person) : null;
}

/** An entity id after merges (and pending same-name suggestions), or null when it no longer exists. */
export function current(index: ActorIndex, id: string): string | null {
  let resolved = resolveId(index.built.model, id);
  for (let i = 0; i < 5 && index.pending.has(resolved); i++)
    resolved = index.pending.get(resolved) ?? resolved;
  return index.built.model.entities.has(resolved) ? resolved : null;
}

/** The display name of an entity, or null. */
export function entityName(index: ActorIndex, id: string): string | null {
  return index.built.model.entities.get(id)?.name ?? null;
}

/**
 * The session's actor index. Waits for the entity model only when `wait` is set; otherwise uses the model
 * as last built (null before the first build), so listing issues never waits for entity recognition.
 */
export async function sessionActorIndex(session: Session, wait: boolean): Promise<ActorIndex | null> {
  const built = wait ? await entityModel(session).catch(() => null) : lastModel(session);
  if (!built) return null;
  let cached = indexes.get(built);
  if (!cached) indexes.set(built, (cached = actorIndex(built)));
  return cached;
}

const indexes = new WeakMap<BuiltModel, ActorIndex>();

/** Entities to offer for an actor name: the one it resolves to first, then name matches by mentions. */
export function actorCandidates(index: ActorIndex, query: string, limit = 8): ActorCandidate[] {
  const resolved = query.trim() ? resolveActor(index, query) : null;
  const q = foldName(query);
  const qt = translitKey(query);
  const out: ActorCandidate[] = [];
  const push = (e: EntityRecord, isResolved: boolean) => {
    if (out.some((c) => c.entityId === e.id)) return;
    out.push({
      entityId: e.id,
      name: e.name,
      type: e.type,
      mentions: e.mentions.length,
      resolved: isResolved,
    });
  };
  const first = resolved ? index.built.model.entities.get(resolved) : undefined;
  if (first) push(first, true);
  for (const e of index.built.list) {
    if (out.length >= limit) break;
    if (e.hidden) continue;
    if (!q || aliasesOf(e).some((a) => foldName(a).includes(q) || (qt && translitKey(a).includes(qt))))
      push(e, false);
  }
  return out.slice(0, limit);
}
