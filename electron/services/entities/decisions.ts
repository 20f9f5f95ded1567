import type { Decision, EntityType, ManualMention } from '../../../shared/model/entity';
import { missingCaseError } from '../../../shared/contract/errors';
import { entityId, personKey } from './cluster';
import { foldName } from './fold';
import { resolveId, type EntityModel, type EntityRecord, type ResolvedMention } from './types';

/** What replaying decisions needs from the corpus: finding text and re-finding hand-made mentions. */
export interface CorpusAccess {
  /** Whole-word occurrences of `text` in every document's body text (furniture excluded). */
  find(text: string): Array<{ docId: string; start: number; end: number; text: string }>;
  /** Where a hand-made mention is now (same offsets if the text there is unchanged, else nearest copy). */
  anchor(m: ManualMention): { docId: string; start: number; end: number; text: string } | null;
}

function ensure(model: EntityModel, id: string, name: string, type: EntityType): EntityRecord {
  const existing = model.entities.get(resolveId(model, id));
  if (existing) return existing;
  const e: EntityRecord = { id, type, name, mentions: [], manual: true, hidden: false, extraAliases: [] };
  model.entities.set(id, e);
  return e;
}

function addMention(model: EntityModel, e: EntityRecord, m: ResolvedMention): void {
  // A hand-made mention replaces whatever was recognised over the same characters.
  for (const other of model.entities.values()) {
    other.mentions = other.mentions.filter(
      (x) => x.docId !== m.docId || x.end <= m.start || x.start >= m.end,
    );
  }
  e.mentions.push(m);
}

function typeOfId(id: string): EntityType {
  const t = id.split(':')[0];
  return t === 'organisation' || t === 'place' ? t : 'person';
}

/**
 * Replays one decision over the model. Stale decisions (an entity that no longer exists after
 * re-ingest) are skipped, never fatal: the log is the analyst's record, the text may have moved on.
 */
export function applyDecision(model: EntityModel, d: Decision, corpus: CorpusAccess): void {
  switch (d.kind) {
    case 'merge': {
      const into = model.entities.get(resolveId(model, d.into));
      if (!into) return;
      for (const from of d.from) {
        const src = model.entities.get(resolveId(model, from));
        if (!src || src === into) continue;
        into.mentions.push(...src.mentions);
        into.extraAliases.push(...src.extraAliases);
        model.entities.delete(src.id);
        model.redirects.set(src.id, into.id);
        if (from !== src.id) model.redirects.set(from, into.id);
      }
      into.manual = true;
      return;
    }
    case 'split': {
      const e = model.entities.get(resolveId(model, d.entity));
      if (!e) return;
      const fold = foldName(d.alias);
      const moving = e.mentions.filter((m) => foldName(m.name) === fold || foldName(m.text) === fold);
      if (!moving.length || moving.length === e.mentions.length) return;
      let id = entityId(e.type, e.type === 'person' ? personKey(d.alias) : fold);
      if (model.entities.has(id)) id = `${id}~split`;
      e.mentions = e.mentions.filter((m) => !moving.includes(m));
      model.entities.set(id, {
        id,
        type: e.type,
        name: d.alias,
        mentions: moving,
        manual: true,
        hidden: false,
        extraAliases: [],
      });
      model.redirects.delete(id);
      return;
    }
    case 'rename': {
      const e = model.entities.get(resolveId(model, d.entity));
      if (e) Object.assign(e, { name: d.name, manual: true });
      return;
    }
    case 'retype': {
      const e = model.entities.get(resolveId(model, d.entity));
      if (e) Object.assign(e, { type: d.type, manual: true });
      return;
    }
    case 'false-positive': {
      const e = model.entities.get(resolveId(model, d.entity));
      if (e) e.hidden = true;
      return;
    }
    case 'alias': {
      const e = d.name
        ? ensure(model, d.entity, d.name, d.type ?? typeOfId(d.entity))
        : model.entities.get(resolveId(model, d.entity));
      if (!e) return;
      e.manual = true;
      if (!e.extraAliases.some((a) => foldName(a) === foldName(d.text))) e.extraAliases.push(d.text);
      const taken = new Set(e.mentions.map((m) => `${m.docId}@${m.start}`));
      for (const hit of corpus.find(d.text)) {
        if (taken.has(`${hit.docId}@${hit.start}`)) continue;
        const clash = [...model.entities.values()].some((o) =>
          o.mentions.some((m) => m.docId === hit.docId && m.start < hit.end && hit.start < m.end),
        );
        if (!clash) e.mentions.push({ ...hit, name: d.text, confidence: 1, source: 'alias' });
      }
      return;
    }
    case 'tag': {
      const at = corpus.anchor(d.mention);
      if (!at) return;
      const type = d.type ?? (d.entity ? typeOfId(d.entity) : 'person');
      const name = d.name ?? at.text;
      const id = d.entity ?? entityId(type, type === 'person' ? personKey(name) : foldName(name));
      const e = ensure(model, id, name, type);
      e.manual = true;
      e.hidden = false;
      addMention(model, e, { ...at, name: at.text, confidence: 1, source: 'manual' });
      return;
    }
    case 'reject':
      return;
    default:
      throw missingCaseError(d);
  }
}
