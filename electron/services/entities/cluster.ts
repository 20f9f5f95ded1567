import type { EntityType } from '../../../shared/model/entity';
import { foldName, slug } from './fold';
import { lookupGazetteer } from './gazetteer';
import type { AcronymLink, RawMention } from './recognise';
import type { DocInput, EntityModel, EntityRecord, ResolvedMention } from './types';

/** The folded key of a person's name: initials ("V.", "S.") and suffixes dropped. */
export function personKey(name: string): string {
  return foldName(name)
    .split(' ')
    .filter((w) => w.length > 1 && w !== 'jr' && w !== 'sr')
    .join(' ');
}

/** The last word of a folded person key (the surname, as news prose uses it alone). */
export function surnameOf(key: string): string {
  const parts = key.split(' ');
  return parts[parts.length - 1] ?? key;
}

/** The stable id of an entity of `type` whose folded key is `key`. */
export function entityId(type: EntityType, key: string): string {
  return `${type}:${slug(key)}`;
}

function keyFor(type: EntityType, name: string): string {
  if (type === 'person') return personKey(name);
  const hit = lookupGazetteer(name);
  return foldName(hit && !hit.variant && hit.type === type ? hit.canonical : name);
}

interface Pending {
  docId: string;
  m: RawMention;
  type: EntityType;
  key: string;
  confidence: number;
  source: string;
}

/** Most frequent value of a counter, ties broken by length then alphabet (deterministic). */
function top(counts: Map<string, number>): string | undefined {
  let best: string | undefined;
  let n = -1;
  for (const [k, c] of counts)
    if (
      c > n ||
      (c === n && best !== undefined && (k.length > best.length || (k.length === best.length && k < best)))
    ) {
      best = k;
      n = c;
    }
  return best;
}

function bump(map: Map<string, Map<string, number>>, a: string, b: string): void {
  let inner = map.get(a);
  if (!inner) map.set(a, (inner = new Map()));
  inner.set(b, (inner.get(b) ?? 0) + 1);
}

/**
 * Turns mentions into entities: full names group by folded key; a surname alone or after a title
 * ("Mr Umarov", "President Zelensky") resolves to the full name with that surname in the same document,
 * else to the corpus's dominant full name with it; a lone capitalised candidate survives only when it
 * resolves; acronyms defined in the text join their long form. Nothing fuzzy is merged here: spelling
 * variants are left as separate entities for suggestions.
 */
export function clusterMentions(docs: readonly DocInput[], acronyms: readonly AcronymLink[]): EntityModel {
  const steps = clusterSteps(docs, acronyms);
  for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
}

/** How many mentions or documents {@link clusterSteps} handles between two pauses. */
const STEP = 256;

/**
 * {@link clusterMentions} as a generator that pauses (yields) every {@link STEP} documents or mentions,
 * so a 100k-document folder can be clustered in time slices without blocking the services thread.
 */
export function* clusterSteps(
  docs: readonly DocInput[],
  acronyms: readonly AcronymLink[],
): Generator<void, EntityModel, void> {
  let work = 0;
  const acronymOf = new Map<string, string>();
  for (const a of acronyms)
    acronymOf.set(foldName(a.short), foldName(lookupGazetteer(a.long)?.canonical ?? a.long));
  const fullByDoc = new Map<string, Map<string, Map<string, number>>>();
  const fullCorpus = new Map<string, Map<string, number>>();
  const personSurnames = new Set<string>();
  const knownKeys = new Map<string, Map<EntityType, number>>();
  // Keys seen at least once with good confidence: only these may adopt a lone capitalised candidate.
  const strongKeys = new Set<string>();
  for (const d of docs) {
    if (++work % STEP === 0) yield;
    const byDoc = new Map<string, Map<string, number>>();
    fullByDoc.set(d.docId, byDoc);
    for (const m of d.mentions) {
      if (m.type === 'candidate') continue;
      const key = keyFor(m.type, m.name);
      if (!key) continue;
      const types = knownKeys.get(key) ?? new Map<EntityType, number>();
      types.set(m.type, (types.get(m.type) ?? 0) + m.confidence);
      knownKeys.set(key, types);
      if (m.confidence >= 0.75) strongKeys.add(key);
      if (m.type !== 'person') continue;
      personSurnames.add(surnameOf(key));
      if (key.includes(' ')) {
        bump(byDoc, surnameOf(key), key);
        bump(fullCorpus, surnameOf(key), key);
      }
    }
  }
  const resolveSurname = (
    docId: string,
    surname: string,
  ): { key: string; scope: 'doc' | 'corpus' } | null => {
    const inDoc = fullByDoc.get(docId)?.get(surname);
    const local = inDoc && top(inDoc);
    if (local) return { key: local, scope: 'doc' };
    // "Sir Keir" after "Keir Starmer": a first name alone, when one full name in the document has it.
    const byFirst = [...(fullByDoc.get(docId)?.values() ?? [])]
      .flatMap((m) => [...m.keys()])
      .filter((k) => k.split(' ')[0] === surname);
    if (new Set(byFirst).size === 1 && byFirst[0]) return { key: byFirst[0], scope: 'doc' };
    const corpus = fullCorpus.get(surname);
    if (!corpus) return null;
    const best = top(corpus);
    const total = [...corpus.values()].reduce((a, b) => a + b, 0);
    return best && (corpus.get(best) ?? 0) / total >= 0.7 ? { key: best, scope: 'corpus' } : null;
  };
  const majorityType = (key: string): EntityType | undefined => {
    const types = knownKeys.get(key);
    if (!types) return undefined;
    return [...types.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  };

  const pending: Pending[] = [];
  for (const d of docs) {
    if (++work % STEP === 0) yield;
    for (const m of d.mentions) {
      const folded = foldName(m.name);
      const single = !personKey(m.name).includes(' ');
      if (m.type === 'person' || (m.type === 'candidate' && single)) {
        const surname = personKey(m.name) || folded;
        const isFull = m.type === 'person' && !single;
        const resolved = isFull ? null : resolveSurname(d.docId, surname);
        if (resolved) {
          const conf = resolved.scope === 'doc' ? Math.max(m.confidence, 0.8) : Math.max(m.confidence, 0.6);
          pending.push({
            docId: d.docId,
            m,
            type: 'person',
            key: resolved.key,
            confidence: conf,
            source: m.titled ? 'title' : 'surname',
          });
          continue;
        }
        if (m.type === 'person') {
          pending.push({
            docId: d.docId,
            m,
            type: 'person',
            key: personKey(m.name) || folded,
            confidence: m.confidence,
            source: m.source,
          });
          continue;
        }
      }
      if (m.type === 'candidate') {
        const viaAcronym = acronymOf.get(folded);
        const key = viaAcronym ?? (single ? folded : personKey(m.name));
        const type =
          (strongKeys.has(key) ? majorityType(key) : undefined) ??
          (!single && personSurnames.has(surnameOf(key)) ? 'person' : undefined) ??
          (m.source === 'place-cue' && single && !personSurnames.has(key) ? 'place' : undefined);
        if (type)
          pending.push({
            docId: d.docId,
            m,
            type,
            key: type === 'person' ? personKey(m.name) : key,
            confidence: m.source === 'place-cue' && !strongKeys.has(key) ? 0.5 : 0.6,
            source: m.source === 'place-cue' ? 'place-cue' : 'resolved',
          });
        continue;
      }
      const key0 = keyFor(m.type, m.name);
      const key = acronymOf.get(key0) ?? key0;
      if (!key) continue;
      const type = majorityType(key) ?? m.type;
      pending.push({ docId: d.docId, m, type, key, confidence: m.confidence, source: m.source });
    }
  }

  const entities = new Map<string, EntityRecord>();
  const names = new Map<string, Map<string, number>>();
  for (const p of pending) {
    if (++work % STEP === 0) yield;
    const id = entityId(p.type, p.key);
    let e = entities.get(id);
    if (!e) {
      e = { id, type: p.type, name: '', mentions: [], manual: false, hidden: false, extraAliases: [] };
      entities.set(id, e);
    }
    const mention: ResolvedMention = {
      docId: p.docId,
      start: p.m.start,
      end: p.m.end,
      text: p.m.text,
      name: p.m.name,
      confidence: Math.round(p.confidence * 100) / 100,
      source: p.source,
    };
    e.mentions.push(mention);
    // Canonical name: the most used form that spells out the full key (a surname alone never names a person).
    // Initials ("Vladimir V. Putin") are kept as aliases but do not name the entity when a plain form exists.
    if (p.type !== 'person' || personKey(p.m.name) === p.key) bump(names, id, p.m.name);
    if (p.type === 'person' && /(?:^|\s)\p{Lu}\.?\s/u.test(p.m.name))
      names.get(id)?.set(p.m.name, (names.get(id)?.get(p.m.name) ?? 1) - 0.5);
  }
  for (const e of entities.values()) {
    if (++work % STEP === 0) yield;
    const hit = e.type !== 'person' ? lookupGazetteer(e.mentions[0]?.name ?? '') : undefined;
    e.name =
      (hit && !hit.variant && hit.type === e.type ? hit.canonical : undefined) ??
      top(names.get(e.id) ?? new Map()) ??
      e.mentions[0]?.name ??
      e.id;
  }
  return { entities, redirects: new Map() };
}
