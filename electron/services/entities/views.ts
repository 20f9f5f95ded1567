import type {
  AliasCount,
  DocMention,
  EntityDetail,
  EntityGraph,
  EntitySummary,
  EntityType,
  Suggestion,
} from '../../../shared/model/entity';
import type { EntityRecord, ResolvedMention } from './types';

/** Document facts the views need (title and date for lists and the timeline, text for KWIC). */
export interface DocFacts {
  title: string;
  date: string | null;
  /** The file's canonical text (mention offsets index into it). */
  text: string;
}

/** Characters of context either side of a mention on the entity page. */
const KWIC_CHARS = 70;
/** Mentions listed on one entity page; the rest are counted. */
const KWIC_LIMIT = 400;

/** Alias counts of an entity, most used first; hand-added aliases not yet found count 0. */
export function aliasCounts(e: EntityRecord): AliasCount[] {
  const counts = new Map<string, number>();
  for (const m of e.mentions) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  for (const a of e.extraAliases) if (!counts.has(a)) counts.set(a, 0);
  return [...counts.entries()]
    .map(([text, mentions]) => ({ text, mentions }))
    .sort((a, b) => b.mentions - a.mentions || a.text.localeCompare(b.text));
}

/** The list row of an entity. */
export function summarise(e: EntityRecord): EntitySummary {
  return {
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: aliasCounts(e),
    mentions: e.mentions.length,
    documents: new Set(e.mentions.map((m) => m.docId)).size,
  };
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ');
}

function docsOf(e: EntityRecord): Set<string> {
  return new Set(e.mentions.map((m) => m.docId));
}

/** The entity page: aliases, KWIC lines, documents, timeline and co-occurring entities. */
export function detail(
  e: EntityRecord,
  all: readonly EntityRecord[],
  docs: ReadonlyMap<string, DocFacts>,
  suggestions: readonly Suggestion[],
): EntityDetail {
  const sorted = e.mentions
    .slice()
    .sort(
      (a, b) =>
        (docs.get(a.docId)?.date ?? '').localeCompare(docs.get(b.docId)?.date ?? '') ||
        a.docId.localeCompare(b.docId) ||
        a.start - b.start,
    );
  const kwic = sorted.slice(0, KWIC_LIMIT).map((m: ResolvedMention) => {
    const text = docs.get(m.docId)?.text ?? '';
    return {
      ...placeOf(m),
      before: oneLine(text.slice(Math.max(0, m.start - KWIC_CHARS), m.start)),
      after: oneLine(text.slice(m.end, m.end + KWIC_CHARS)),
    };
  });
  const perDoc = new Map<string, number>();
  for (const m of e.mentions) perDoc.set(m.docId, (perDoc.get(m.docId) ?? 0) + 1);
  const documentList = [...perDoc.entries()]
    .map(([id, mentions]) => ({
      id,
      title: docs.get(id)?.title ?? id,
      date: docs.get(id)?.date ?? null,
      mentions,
    }))
    .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id));
  const byDate = new Map<string, { mentions: number; documents: number }>();
  for (const d of documentList) {
    if (!d.date) continue;
    const day = d.date.slice(0, 10);
    const row = byDate.get(day) ?? { mentions: 0, documents: 0 };
    row.mentions += d.mentions;
    row.documents += 1;
    byDate.set(day, row);
  }
  const mine = docsOf(e);
  const cooccurring = all
    .filter((o) => o !== e && !o.hidden)
    .map((o) => ({
      id: o.id,
      name: o.name,
      type: o.type,
      documents: [...docsOf(o)].filter((d) => mine.has(d)).length,
    }))
    .filter((o) => o.documents > 0)
    .sort((a, b) => b.documents - a.documents || a.name.localeCompare(b.name))
    .slice(0, 30);
  return {
    ...summarise(e),
    mentionList: kwic,
    moreMentions: Math.max(0, e.mentions.length - kwic.length),
    documentList,
    timeline: [...byDate.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([date, r]) => ({ date, ...r })),
    cooccurring,
    suggestions: suggestions.filter((s) => s.entities.includes(e.id)),
    issues: [],
    manual: e.manual,
  };
}

/** Where a mention is and how sure its recognition was: what every view of a mention shows. */
function placeOf(m: ResolvedMention) {
  return {
    docId: m.docId,
    start: m.start,
    end: m.end,
    text: m.text,
    confidence: m.confidence,
    source: m.source,
  };
}

/** A mention as the reader shows it: where it is, and which entity it belongs to. */
export function docMention(e: EntityRecord, m: ResolvedMention): DocMention {
  return {
    ...placeOf(m),
    entityId: e.id,
    type: e.type,
    name: e.name,
  };
}

/** Every visible mention inside one document (a walk over all; the handler uses `mentionsByDoc`, this is its reference). */
export function mentionsInDoc(all: readonly EntityRecord[], docId: string): DocMention[] {
  const out: DocMention[] = [];
  for (const e of all) {
    if (e.hidden) continue;
    for (const m of e.mentions) if (m.docId === docId) out.push(docMention(e, m));
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Edges each node keeps at least (its strongest), so the picture shows a backbone, not a hairball. */
const BACKBONE = 3;
/** Edges at least this strong are always drawn. */
const STRONG = 0.6;

/**
 * The co-occurrence network: the `limit` most mentioned visible entities (of `type` if given) as nodes;
 * for edges, pairs sharing at least `minWeight` documents, kept when they are among either node's
 * {@link BACKBONE} strongest links or their association (cosine of the document sets) is {@link STRONG}.
 */
export function graph(
  all: readonly EntityRecord[],
  type: EntityType | null,
  limit: number,
  minWeight: number,
): EntityGraph {
  const nodes = all
    .filter((e) => !e.hidden && (!type || e.type === type))
    .sort((a, b) => b.mentions.length - a.mentions.length || a.id.localeCompare(b.id))
    .slice(0, limit);
  const docSets = nodes.map(docsOf);
  const pairs: Array<{ i: number; j: number; weight: number; strength: number }> = [];
  for (let i = 0; i < nodes.length; i++)
    for (let j = i + 1; j < nodes.length; j++) {
      const a = docSets[i] as Set<string>;
      const b = docSets[j] as Set<string>;
      let w = 0;
      for (const d of a) if (b.has(d)) w++;
      if (w >= minWeight)
        pairs.push({ i, j, weight: w, strength: Math.min(1, w / Math.sqrt(a.size * b.size)) });
    }
  const keep = new Set<(typeof pairs)[number]>();
  for (let n = 0; n < nodes.length; n++)
    pairs
      .filter((p) => p.i === n || p.j === n)
      .sort((x, y) => y.strength - x.strength || y.weight - x.weight)
      .slice(0, BACKBONE)
      .forEach((p) => keep.add(p));
  for (const p of pairs) if (p.strength >= STRONG) keep.add(p);
  const edges = pairs
    .filter((p) => keep.has(p))
    .map((p) => ({
      a: (nodes[p.i] as EntityRecord).id,
      b: (nodes[p.j] as EntityRecord).id,
      weight: p.weight,
      strength: Math.round(p.strength * 1000) / 1000,
    }));
  return {
    nodes: nodes.map((e) => ({ id: e.id, name: e.name, type: e.type, mentions: e.mentions.length })),
    edges,
  };
}
