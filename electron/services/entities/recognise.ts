import nlp from 'compromise';
import type { EntityType } from '../../../shared/model/entity';
import { classifyRun, displayName, type ClassifyContext, type NerHint, type RawMention } from './classify';
import { lookupGazetteer } from './gazetteer';
import { maskText, titleCase, type StoryInput } from './mask';
import { findRenames, type RenameStatement } from './renames';
import { capitalisedRuns, isCapitalised, isHeadlineLine, tokenize, type Run } from './runs';
import { AGENCIES, MAY_OPEN_NAME, NOT_NAMES, ORG_SUFFIXES, PLACE_PREFIXES } from './lexicon';
import { foldName } from './fold';

export type { RawMention } from './classify';
export type { RenameStatement } from './renames';
export type { StoryInput } from './mask';

/** A long form and its acronym defined in the text: "International Atomic Energy Agency (IAEA)". */
export interface AcronymLink {
  long: string;
  short: string;
}

/** What recognition finds in one file; mentions are per story, in order, non-overlapping. */
export interface FileRecognition {
  stories: Array<{ mentions: RawMention[] }>;
  renames: RenameStatement[];
  acronyms: AcronymLink[];
}

/** Bump when recognition changes, so cached results are recomputed. */
export const RECOGNISER_VERSION = 12;

interface Tagged {
  start: number;
  end: number;
  type: EntityType;
}

interface OffsetTerm {
  offset?: { start: number; length: number };
}

// Offsets are computed once per tagged text and read off the matched terms: asking each view for
// `json({ offset: true })` recomputes them per match and costs several times more.
function nerTags(masked: string, from: number, to: number): Tagged[] {
  const doc = tagText(masked.slice(from, to));
  doc.compute('offset');
  const out: Tagged[] = [];
  const take = (view: unknown, type: EntityType) => {
    for (const terms of (view as { docs: OffsetTerm[][] }).docs) {
      const a = terms[0]?.offset;
      const b = terms[terms.length - 1]?.offset;
      if (a && b) out.push({ start: from + a.start, end: from + b.start + b.length, type });
    }
  };
  take(doc.people(), 'person');
  take(doc.places(), 'place');
  take(doc.organizations(), 'organisation');
  return out;
}

// The last step of compromise's pipeline groups terms into phrase chunks, which people(), places() and
// organizations() never read (it reads tags and sets none): ~7% of tagging, skipped. The pipeline is
// compromise's one shared list, so it is restored at once (the issue detector uses it whole).
const CHUNKS = 'chunks';
function tagText(text: string): ReturnType<typeof nlp> {
  const world = nlp.world() as { hooks: string[] };
  const hooks = world.hooks;
  world.hooks = hooks.filter((h) => h !== CHUNKS);
  try {
    return nlp(text);
  } finally {
    world.hooks = hooks;
  }
}

const TYPE_ORDER: Record<EntityType, number> = { person: 0, place: 1, organisation: 2 };
const splitSentences = (
  nlp.methods() as {
    one: { tokenize: { splitSentences(text: string, world: unknown): string[] } };
  }
).one.tokenize.splitSentences;

/**
 * The NLP hint of one story, tagging only the sentences a run asks about. The tagger works sentence by
 * sentence (its sentences are the ones `splitSentences` gives, which concatenate back to the story), so
 * a sentence tagged alone gets the tags it gets inside the story; most sentences hold no run that
 * reaches the hint, and tagging was nine tenths of recognition's time.
 */
export function storyHint(masked: string, from: number, to: number): NerHint {
  const bounds: number[] = [from];
  for (const s of splitSentences(masked.slice(from, to), nlp.world()))
    bounds.push(bounds[bounds.length - 1]! + s.length);
  const tagged = new Map<number, Tagged[]>();
  const tagsOf = (i: number) => {
    let t = tagged.get(i);
    if (!t) tagged.set(i, (t = nerTags(masked, bounds[i]!, bounds[i + 1]!)));
    return t;
  };
  return (start, end) => {
    const tags: Tagged[] = [];
    for (let i = 0; i + 1 < bounds.length; i++)
      if (bounds[i]! < end && start < bounds[i + 1]!) tags.push(...tagsOf(i));
    // The whole-story order: people, then places, then organisations, each in text order.
    tags.sort((a, b) => TYPE_ORDER[a.type] - TYPE_ORDER[b.type]);
    return bestOverlap(tags, start, end);
  };
}

function bestOverlap(tags: readonly Tagged[], start: number, end: number): EntityType | null {
  let best: EntityType | null = null;
  let overlap = 0;
  for (const t of tags) {
    const o = Math.min(end, t.end) - Math.max(start, t.start);
    if (o > overlap) {
      overlap = o;
      best = t.type;
    }
  }
  return overlap >= (end - start) / 2 ? best : null;
}

/** The reference for {@link storyHint}: the whole story tagged at once (what recognition did before). */
export function wholeStoryHint(masked: string, from: number, to: number): NerHint {
  const tags = nerTags(masked, from, to);
  return (start, end) => bestOverlap(tags, start, end);
}

function acronymAfter(masked: string, m: RawMention): string | null {
  const a = /^ \((\p{Lu}{2,8})\)/u.exec(masked.slice(m.end, m.end + 14));
  if (!a?.[1]) return null;
  const initials = m.text
    .split(/[\s-]+/)
    .filter((w) => isCapitalised(w))
    .map((w) => w[0])
    .join('');
  return initials === a[1] ||
    (initials.length > 2 && a[1].startsWith(initials.slice(0, 2)) && a[1].length <= initials.length + 1)
    ? a[1]
    : null;
}

/** Keeps the best of overlapping mentions: higher confidence, then longer. */
function dedupe(mentions: RawMention[]): RawMention[] {
  const sorted = mentions
    .slice()
    .sort((a, b) => b.confidence - a.confidence || b.end - b.start - (a.end - a.start));
  const kept: RawMention[] = [];
  for (const m of sorted) if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

function splitHeadlineRun(run: Run): Run[] {
  return run.tokens.map((t) => ({ tokens: [t], before: '', after: '', tail: '' }));
}

/** Splits a run at its connectors ("Zaporizhzhia and Kherson" → two runs), keeping the outer context. */
function splitAtConnectors(run: Run, at: ReadonlySet<string> = SPLITTING): Run[] {
  const parts: Run[] = [];
  let cur: Run['tokens'] = [];
  const flush = (last: boolean) => {
    if (cur.length)
      parts.push({
        tokens: cur,
        before: parts.length ? '' : run.before,
        after: last ? run.after : '',
        tail: last ? run.tail : '',
      });
    cur = [];
  };
  for (const t of run.tokens) {
    if (at.has(t.text)) flush(false);
    else cur.push(t);
  }
  flush(true);
  return parts;
}

// Connectors that join two names rather than form one ("Putin and Zelensky", "Putin of Russia");
// name particles (bin, von, der, da) never split.
const SPLITTING = new Set(['and', 'of', 'for', 'the', 'in']);
const IN: ReadonlySet<string> = new Set(['in']);

function classifyWithSplit(run: Run, text: string, hint: NerHint, ctx: ClassifyContext): RawMention[] {
  const words = run.tokens.map((t) => t.text.toLowerCase());
  const last = words[words.length - 1] ?? '';
  const whole = text.slice(run.tokens[0]?.start ?? 0, run.tokens[run.tokens.length - 1]?.end ?? 0);
  if (run.tokens.some((t) => t.text === 'in') && !lookupGazetteer(whole))
    return splitAtConnectors(run, IN).flatMap((part) => classifyWithSplit(part, text, hint, ctx));
  // "International Committee of the Red Cross", "Bank of Russia": an organisation word before "of"/"for".
  const headed = words.some(
    (w, i) => ORG_SUFFIXES.has(w) && (words[i + 1] === 'of' || words[i + 1] === 'for'),
  );
  const keepWhole =
    ORG_SUFFIXES.has(last) ||
    headed ||
    PLACE_PREFIXES.has(words[0] ?? '') ||
    lookupGazetteer(whole) !== undefined;
  if (keepWhole && words.includes('and')) {
    // "European Commission and European Council": two organisations, each complete on its own.
    const parts = splitAtConnectors(run, new Set(['and']));
    const complete = (p: Run) => {
      const ws = p.tokens.map((t) => t.text.toLowerCase());
      return (
        ORG_SUFFIXES.has(ws[ws.length - 1] ?? '') ||
        lookupGazetteer(text.slice(p.tokens[0]?.start ?? 0, p.tokens[p.tokens.length - 1]?.end ?? 0)) !==
          undefined
      );
    };
    if (parts.length > 1 && parts.every(complete))
      return parts.flatMap((part) => classifyRun(part, text, hint, ctx));
  }
  if (keepWhole || !words.some((w) => SPLITTING.has(w))) return classifyRun(run, text, hint, ctx);
  return splitAtConnectors(run).flatMap((part) => classifyRun(part, text, hint, ctx));
}

/**
 * Recognises people, organisations and places in one file's canonical text. Furniture, text outside
 * stories, credits and datelines are masked first, so every mention lies in story body text.
 */
export function recogniseFile(text: string, stories: readonly StoryInput[]): FileRecognition {
  const { masked, datelines } = maskText(text, stories);
  const renames = findRenames(masked);
  const acronyms: AcronymLink[] = [];
  const result: FileRecognition = { stories: [], renames, acronyms };
  const sources = new Set(
    stories.map((s) => foldName(s.outlet).replace(/^the /, '')).filter((s) => s && s !== 'unknown'),
  );
  for (const story of stories) {
    const tokens = tokenize(masked, story.start, story.end);
    const hint = storyHint(masked, story.start, story.end);
    // Words also written in lower case in this story are common words, not names ("Diplomats said").
    const ctx: ClassifyContext = {
      lowerWords: new Set(tokens.filter((t) => !isCapitalised(t.text)).map((t) => t.text)),
    };
    const found: RawMention[] = [];
    for (const run of capitalisedRuns(tokens)) {
      const first = run.tokens[0];
      const headline = first !== undefined && isHeadlineLine(masked, first.start);
      const last = run.tokens[run.tokens.length - 1];
      if (last) run.tail = masked.slice(last.end + (last.possessive ? 2 : 0), last.end + 40);
      const pieces = headline ? splitHeadlineRun(run) : [run];
      for (const piece of pieces) {
        for (const m of classifyWithSplit(piece, text, hint, ctx)) {
          // Outlets and agencies are the source of a story, not its actors.
          const folded = foldName(m.name).replace(/^the /, '');
          if (sources.has(folded) || AGENCIES.has(m.name.toLowerCase())) continue;
          // "25th Airborne Brigade": a unit's ordinal belongs to its name.
          const ordinal =
            m.type === 'organisation'
              ? /(\d{1,3}(?:st|nd|rd|th)) $/u.exec(masked.slice(Math.max(0, m.start - 8), m.start))
              : null;
          if (ordinal?.[1]) {
            const start = m.start - ordinal[1].length - 1;
            Object.assign(m, { start, text: text.slice(start, m.end), name: text.slice(start, m.end) });
          }
          found.push(m);
          const short = m.type === 'organisation' || m.type === 'place' ? acronymAfter(masked, m) : null;
          if (short) {
            acronyms.push({ long: m.name, short });
            const at = m.end + 2;
            found.push({
              start: at,
              end: at + short.length,
              text: short,
              name: short,
              type: m.type,
              confidence: 0.9,
              source: 'acronym',
              titled: false,
            });
          }
        }
      }
    }
    for (const d of datelines) {
      if (d.start < story.start || d.end > story.end) continue;
      if (
        d.text.split(/\s+/).some((w) => NOT_NAMES.has(w.toLowerCase()) && !MAY_OPEN_NAME.has(w.toLowerCase()))
      )
        continue;
      const hit = lookupGazetteer(d.text);
      const name = hit && !hit.variant ? hit.canonical : titleCase(d.text);
      found.push({
        ...d,
        name,
        type: hit?.type ?? 'place',
        confidence: hit ? 0.9 : 0.7,
        source: 'dateline',
        titled: false,
      });
    }
    for (const r of renames) {
      if (r.start < story.start || r.end > story.end) continue;
      for (const side of [r.first, r.second]) {
        const name = displayName(side.text);
        const type = lookupGazetteer(side.text)?.type ?? 'place';
        found.push({ ...side, name, type, confidence: 0.8, source: 'renamed', titled: false });
      }
    }
    // The invariant every mention keeps: inside its story and touching no furniture. Classification
    // reads the original text, so a run that straddles a masked character could otherwise grow back
    // over it ("N" + "TO" around a masked "A" read as NATO).
    const allowed = found.filter(
      (m) =>
        m.start >= story.start &&
        m.end <= story.end &&
        !story.boilerplate.some((b) => b.start < m.end && m.start < b.end),
    );
    result.stories.push({ mentions: dedupe(allowed) });
  }
  return result;
}
