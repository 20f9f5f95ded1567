import type { Suggestion, SuggestionRule } from '../../../shared/model/entity';
import { personKey, surnameOf } from './cluster';
import { damerau, foldName, translitKey } from './fold';
import { gazetteerVariants } from './gazetteer';
import type { RenameStatement } from './recognise';
import type { EntityModel, EntityRecord } from './types';

/** The id of the suggestion that two entities are one (order-free, so a rejection sticks). */
export function suggestionId(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

interface Sig {
  e: EntityRecord;
  first: string | null;
  last: string;
  whole: string;
}

function sig(e: EntityRecord): Sig {
  const key = e.type === 'person' ? personKey(e.name) : foldName(e.name);
  const parts = key.split(' ');
  const first = e.type === 'person' && parts.length > 1 ? (parts[0] ?? null) : null;
  return { e, first, last: e.type === 'person' ? surnameOf(key) : key, whole: key };
}

// Keys that share a one-letter deletion are within one edit (symmetric-delete candidate generation),
// so pairs are found without comparing every entity with every other.
function neighbourhood(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

const differing = (a: string, b: string) => `${a} / ${b}`;

const docCount = (e: EntityRecord) => new Set(e.mentions.map((m) => m.docId)).size;

// A spelling seen in one or two documents beside one used in three times as many is a slip, not a variant
// (documents, not mentions, because a syndicated copy repeats the slip).
function typoReason(a: EntityRecord, b: EntityRecord): { rule: SuggestionRule; reason: string } | null {
  const [rare, common] = docCount(a) <= docCount(b) ? [a, b] : [b, a];
  const rd = docCount(rare);
  const cd = docCount(common);
  if (rd > 2 || cd < 3 * rd) return null;
  const times = (n: number) => (n === 1 ? 'once' : `${n}×`);
  return {
    rule: 'typo',
    reason: `likely typo: "${rare.name}" (${times(rare.mentions.length)}, ${rd} doc${rd > 1 ? 's' : ''}) is one letter from "${common.name}" (${common.mentions.length}×, ${cd} docs)`,
  };
}

function compare(a: Sig, b: Sig): { rule: SuggestionRule; reason: string } | null {
  if (a.e.type === 'person') {
    const firstOk =
      !a.first ||
      !b.first ||
      a.first === b.first ||
      translitKey(a.first) === translitKey(b.first) ||
      damerau(a.first, b.first, 1) <= 1;
    if (!firstOk) return null;
    if (a.last === b.last) {
      if (a.first && b.first && a.first !== b.first)
        return {
          rule: 'transliteration',
          reason: `first names ${differing(a.e.name.split(' ')[0] ?? '', b.e.name.split(' ')[0] ?? '')} are the same after transliteration folding, same surname`,
        };
      if (!a.first || !b.first)
        return {
          rule: 'surname',
          reason: `"${(a.first ? b : a).e.name}" appears alone; "${(a.first ? a : b).e.name}" has that surname`,
        };
      return null;
    }
    const ta = translitKey(a.last);
    const tb = translitKey(b.last);
    if (ta === tb)
      return {
        rule: 'transliteration',
        reason: `surnames ${differing(a.e.name.split(' ').pop() ?? '', b.e.name.split(' ').pop() ?? '')} are the same after transliteration folding (y/i/j, -iy/-yy/-y, kh/h, ts/tz…): "${ta}"`,
      };
    if (a.last.length >= 5 && damerau(a.last, b.last, 1) === 1) {
      const typo = typoReason(a.e, b.e);
      if (typo) return typo;
      return { rule: 'spelling', reason: `surnames differ by one letter: ${differing(a.e.name, b.e.name)}` };
    }
    if (ta.length >= 5 && damerau(ta, tb, 1) === 1)
      return {
        rule: 'spelling',
        reason: `surnames are one letter apart after transliteration folding: ${differing(ta, tb)}`,
      };
    return null;
  }
  const ta = translitKey(a.whole);
  const tb = translitKey(b.whole);
  if (ta === tb)
    return {
      rule: 'transliteration',
      reason: `${differing(a.e.name, b.e.name)} are the same after transliteration folding: "${ta}"`,
    };
  if (a.whole.length >= 5 && damerau(a.whole, b.whole, 1) === 1) {
    const typo = typoReason(a.e, b.e);
    if (typo) return typo;
    return { rule: 'spelling', reason: `names differ by one letter: ${differing(a.e.name, b.e.name)}` };
  }
  return null;
}

/** Where each mention of a document lies, to map a rename statement's names to entities. */
function entityAt(model: EntityModel, docId: string, start: number, end: number): EntityRecord | undefined {
  for (const e of model.entities.values())
    if (e.mentions.some((m) => m.docId === docId && m.start < end && start < m.end)) return e;
  return undefined;
}

/**
 * Merge suggestions between visible entities of the same type: transliteration variants (equal
 * folding keys), one-letter typos, a surname alone beside a full name, the built-in list of other names
 * for places, and the text's own rename statements. Each carries the reason the analyst reads.
 */
export function suggestMerges(
  model: EntityModel,
  renames: ReadonlyArray<{ docId: string; statement: RenameStatement }>,
  rejected: ReadonlySet<string>,
): Suggestion[] {
  const steps = suggestSteps(model, renames, rejected);
  for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
}

/** Entities or buckets handled between two pauses of {@link suggestSteps}. */
const STEP = 128;

/**
 * {@link suggestMerges} as steps that pause every {@link STEP} entities or buckets, for the sliced build
 * (at 100k documents one pass held the services thread for a few hundred ms). Same suggestions.
 */
export function* suggestSteps(
  model: EntityModel,
  renames: ReadonlyArray<{ docId: string; statement: RenameStatement }>,
  rejected: ReadonlySet<string>,
): Generator<void, Suggestion[], void> {
  let work = 0;
  const out = new Map<string, Suggestion>();
  const visible = [...model.entities.values()].filter((e) => !e.hidden);
  // `preferA`: the statement or the gazetteer names `a` as the current name, so it is the one kept.
  const push = (a: EntityRecord, b: EntityRecord, rule: SuggestionRule, reason: string, preferA = false) => {
    if (a.id === b.id || a.type !== b.type) return;
    const id = suggestionId(a.id, b.id);
    if (rejected.has(id) || out.has(id)) return;
    // Otherwise keep the name used more often; on a tie, the longer (fuller) one.
    const [keep, other] =
      preferA ||
      a.mentions.length > b.mentions.length ||
      (a.mentions.length === b.mentions.length && a.name.length >= b.name.length)
        ? [a, b]
        : [b, a];
    out.set(id, {
      id,
      kind: 'merge',
      entities: [keep.id, other.id],
      names: [keep.name, other.name],
      rule,
      reason,
    });
  };
  const buckets = new Map<string, Sig[]>();
  for (const e of visible) {
    if (++work % STEP === 0) yield;
    const s = sig(e);
    for (const k of neighbourhood(translitKey(s.last))) {
      const key = `${e.type}\u0000${k}`;
      const list = buckets.get(key) ?? [];
      list.push(s);
      buckets.set(key, list);
    }
    for (const k of neighbourhood(s.last)) {
      const key = `${e.type}\u0001${k}`;
      const list = buckets.get(key) ?? [];
      list.push(s);
      buckets.set(key, list);
    }
  }
  const seen = new Set<string>();
  for (const list of buckets.values()) {
    if (list.length < 2 || list.length > 60) continue;
    if (++work % STEP === 0) yield;
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i] as Sig;
        const b = list[j] as Sig;
        const pid = suggestionId(a.e.id, b.e.id);
        if (a.e === b.e || seen.has(pid)) continue;
        seen.add(pid);
        const found = compare(a, b);
        if (found) push(a.e, b.e, found.rule, found.reason);
      }
  }
  for (const { docId, statement } of renames) {
    if (++work % STEP === 0) yield;
    const a = entityAt(model, docId, statement.first.start, statement.first.end);
    const b = entityAt(model, docId, statement.second.start, statement.second.end);
    if (a && b && !a.hidden && !b.hidden)
      push(a, b, 'renamed', `the text says "${statement.statement}" (${docId})`, true);
  }
  const byFold = new Map<string, EntityRecord>();
  yield;
  for (const e of visible) if (e.type !== 'person') byFold.set(foldName(e.name), e);
  yield;
  for (const v of gazetteerVariants()) {
    const a = byFold.get(foldName(v.canonical));
    const b = byFold.get(foldName(v.variant));
    if (a && b)
      push(
        a,
        b,
        'renamed',
        `"${v.variant}" is another name for "${v.canonical}" (built-in list of former and other-language place names)`,
        true,
      );
  }
  return [...out.values()].sort((x, y) => x.names[0].localeCompare(y.names[0]) || x.id.localeCompare(y.id));
}
