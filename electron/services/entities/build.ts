import type { Decision, ManualMention, Suggestion } from '../../../shared/model/entity';
import { documentId, parseDocumentId } from '../../../shared/model/ids';
import type { ParsedFile } from '../ingest/types';
import { runSliced } from '../slices';
import { clusterSteps } from './cluster';
import { applyDecision, type CorpusAccess } from './decisions';
import { foldName } from './fold';
import type { AcronymLink, FileRecognition, RenameStatement } from './recognise';
import { suggestSteps } from './suggest';
import type { DocInput, EntityModel, EntityRecord } from './types';
import type { DocFacts } from './views';

/** Everything the entity views answer from, rebuilt when files or decisions change. */
export interface BuiltModel {
  model: EntityModel;
  /** Visible and hidden entities with at least one mention or a manual origin, by mentions desc. */
  list: EntityRecord[];
  suggestions: Suggestion[];
  docs: Map<string, DocFacts>;
  /** Folded alias or name → entity, for `entity:"…"` expansion. */
  byAlias: Map<string, EntityRecord>;
}

// Same order as localeCompare, without building a collator per comparison (100k+ entities are sorted).
const collator = new Intl.Collator();

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Text access over parsed files: body text only (furniture excluded), whole words, case-insensitive. */
export function corpusAccess(files: ReadonlyMap<string, ParsedFile>): CorpusAccess {
  return {
    find(text) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(text.normalize('NFC'))}(?![\\p{L}\\p{N}])`, 'giu');
      const out: Array<{ docId: string; start: number; end: number; text: string }> = [];
      for (const f of files.values())
        f.stories.forEach((s, i) => {
          re.lastIndex = 0;
          for (const m of f.text.slice(s.start, s.end).matchAll(re)) {
            const start = s.start + m.index;
            const end = start + m[0].length;
            if (s.boilerplate.some((b) => b.start < end && start < b.end)) continue;
            out.push({ docId: documentId(f.relPath, i + 1), start, end, text: m[0] });
          }
        });
      return out;
    },
    anchor(m: ManualMention) {
      const { path } = parseDocumentId(m.docId);
      const f = files.get(path);
      if (!f) return null;
      if (f.text.slice(m.start, m.end) === m.exact)
        return { docId: m.docId, start: m.start, end: m.end, text: m.exact };
      let best = -1;
      for (let at = f.text.indexOf(m.exact); at >= 0; at = f.text.indexOf(m.exact, at + 1))
        if (best < 0 || Math.abs(at - m.start) < Math.abs(best - m.start)) best = at;
      return best < 0 ? null : { docId: m.docId, start: best, end: best + m.exact.length, text: m.exact };
    },
  };
}

/** Builds entities from recognitions, replays the analyst's decisions and computes suggestions. */
export function buildModel(
  files: ReadonlyMap<string, ParsedFile>,
  recognitions: ReadonlyMap<string, FileRecognition>,
  decisions: readonly Decision[],
): BuiltModel {
  const steps = buildSteps(files, recognitions, decisions);
  for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
}

/**
 * {@link buildModel} in time slices (`../slices`): at 100k documents the build takes seconds,
 * and on the services thread one piece of that length would hold every other request (and the
 * event-loop delay target of 50 ms) hostage. Same result as the synchronous build.
 */
export async function buildModelSliced(
  files: ReadonlyMap<string, ParsedFile>,
  recognitions: ReadonlyMap<string, FileRecognition>,
  decisions: readonly Decision[],
): Promise<BuiltModel> {
  return runSliced(buildSteps(files, recognitions, decisions));
}

/** How many documents, decisions or entities the build handles between two pauses. */
const STEP = 256;

function* buildSteps(
  filesNow: ReadonlyMap<string, ParsedFile>,
  recognitions: ReadonlyMap<string, FileRecognition>,
  decisions: readonly Decision[],
): Generator<void, BuiltModel, void> {
  // A snapshot: a sliced build must not see files the watcher swaps in half way (the caller's
  // generation check discards a build that a change overtook).
  const files = new Map(filesNow);
  let work = 0;
  const docs: DocInput[] = [];
  const facts = new Map<string, DocFacts>();
  const acronyms: AcronymLink[] = [];
  const renames: Array<{ docId: string; statement: RenameStatement }> = [];
  for (const f of files.values()) {
    if (++work % STEP === 0) yield;
    const r = recognitions.get(f.relPath);
    if (r) acronyms.push(...r.acronyms);
    f.stories.forEach((s, i) => {
      const docId = documentId(f.relPath, i + 1);
      facts.set(docId, { title: s.title, date: s.date, text: f.text });
      const own = (r?.renames ?? []).filter((x) => x.start >= s.start && x.end <= s.end);
      for (const statement of own) renames.push({ docId, statement });
      docs.push({
        docId,
        title: s.title,
        date: s.date,
        mentions: r?.stories[i]?.mentions ?? [],
        renames: own,
      });
    });
  }
  const model = yield* clusterSteps(docs, acronyms);
  // Outlets are the sources of the corpus, not its actors, wherever their name turns up (syndication).
  const outlets = new Set<string>();
  for (const f of files.values()) {
    if (++work % STEP === 0) yield;
    for (const s of f.stories) outlets.add(foldName(s.outlet).replace(/^the /, ''));
  }
  yield;
  for (const [id, e] of model.entities) {
    if (++work % STEP === 0) yield;
    if (outlets.has(foldName(e.name).replace(/^the /, ''))) model.entities.delete(id);
  }
  const corpus = corpusAccess(files);
  const rejected = new Set<string>();
  for (const d of decisions) {
    // A decision may search the whole corpus (a manual alias): one decision per slice at most.
    yield;
    if (d.kind === 'reject') rejected.add(d.suggestion);
    applyDecision(model, d, corpus);
  }
  for (const [id, e] of model.entities) if (!e.mentions.length && !e.manual) model.entities.delete(id);
  yield;
  const list = [...model.entities.values()].sort(
    (a, b) => b.mentions.length - a.mentions.length || collator.compare(a.name, b.name),
  );
  yield;
  const byAlias = new Map<string, EntityRecord>();
  // Most mentioned first, so an alias shared by two entities expands to the bigger one.
  for (const e of list) {
    if (++work % STEP === 0) yield;
    if (e.hidden) continue;
    for (const name of [e.name, ...e.mentions.map((m) => m.name), ...e.extraAliases]) {
      const key = foldName(name);
      if (key && !byAlias.has(key)) byAlias.set(key, e);
    }
    if (!byAlias.has(e.id)) byAlias.set(e.id, e);
  }
  const suggestions = yield* suggestSteps(model, renames, rejected);
  return { model, list, suggestions, docs: facts, byAlias };
}
