import { analyze, fold, isStopWord } from './analyzer';
import type { Scored, SearchCorpus } from './corpus';
import type { FieldProviderRegistry } from './field-providers';
import type { PhraseNode, QueryNode } from './query/ast';
import { compressedStems, findPhraseStems, isPlain, scanStems, wordsRegex } from './scan';

/** Most characters one query's /regex/ clauses may scan (beyond: the answer is marked partial). */
export const REGEX_SCAN_BUDGET = 64 * 1024 * 1024;

/** What evaluation needs and reports besides the scores. */
export interface EvalContext {
  corpus: SearchCorpus;
  providers: FieldProviderRegistry;
  notes: string[];
  regexBudget: number;
  truncated: boolean;
}

/** Evaluates `node`; `within` restricts the answer (null = every loaded document). */
export function evaluate(ctx: EvalContext, node: QueryNode, within: ReadonlySet<string> | null): Scored {
  switch (node.type) {
    case 'all':
      return zero(within ?? ctx.corpus.universe());
    case 'term': {
      if (node.stop) return new Map();
      const c = ctx.corpus;
      const stems = node.wildcard
        ? c.stemsOf(c.wildcardWords(node.raw))
        : node.fuzzy
          ? c.stemsOf(c.fuzzyWords(node.raw, node.fuzzy))
          : [node.stem];
      return restrict(c.lookup(stems, node.field), within);
    }
    case 'phrase':
      return evalPhrase(ctx, node, within);
    case 'regex':
      return evalRegex(ctx, node.source, within);
    case 'date':
      return filterDocs(
        ctx,
        within,
        (d) => !!d.day && (!node.from || d.day >= node.from) && (!node.to || d.day <= node.to),
      );
    case 'filter':
      return evalFilter(ctx, node.field, node.value, within);
    case 'or': {
      const out: Scored = new Map();
      for (const child of node.children)
        for (const [id, s] of evaluate(ctx, child, within)) out.set(id, (out.get(id) ?? 0) + s);
      return out;
    }
    case 'not': {
      const base = zero(within ?? ctx.corpus.universe());
      for (const id of evaluate(ctx, node.child, new Set(base.keys())).keys()) base.delete(id);
      return base;
    }
    case 'and': {
      const ordered = [...node.children].sort((a, b) => cost(a) - cost(b));
      let cur: Scored | null = null;
      for (const child of ordered) {
        const scope: ReadonlySet<string> | null = cur ? new Set(cur.keys()) : within;
        if (child.type === 'not') {
          const base: Scored = cur ?? zero(within ?? ctx.corpus.universe());
          for (const id of evaluate(ctx, child.child, new Set(base.keys())).keys()) base.delete(id);
          cur = base;
          continue;
        }
        const r = evaluate(ctx, child, scope);
        if (!cur) cur = r;
        else {
          const next: Scored = new Map();
          for (const [id, s] of r) {
            const prev = cur.get(id);
            if (prev !== undefined) next.set(id, prev + s);
          }
          cur = next;
        }
        if (cur.size === 0) break;
      }
      return cur ?? new Map();
    }
  }
}

function cost(n: QueryNode): number {
  if (n.type === 'not') return 5;
  if (n.type === 'regex') return 4;
  if (n.type === 'phrase') return 3;
  if (n.type === 'term' && (n.wildcard || n.fuzzy)) return 2;
  if (n.type === 'or' || n.type === 'and') return 2;
  return 1;
}

function zero(ids: Iterable<string>): Scored {
  const m: Scored = new Map();
  for (const id of ids) m.set(id, 0);
  return m;
}

function restrict(m: Scored, within: ReadonlySet<string> | null): Scored {
  if (!within) return m;
  for (const id of m.keys()) if (!within.has(id)) m.delete(id);
  return m;
}

function filterDocs(
  ctx: EvalContext,
  within: ReadonlySet<string> | null,
  keep: (d: NonNullable<ReturnType<SearchCorpus['docs']['get']>>) => boolean,
): Scored {
  const out: Scored = new Map();
  for (const id of within ?? ctx.corpus.universe()) {
    const d = ctx.corpus.docs.get(id);
    if (d && keep(d)) out.set(id, 0);
  }
  return out;
}

/** Phrase/proximity: candidates from the index (every non-stop word present), then a scan of each. */
export function evalPhrase(
  ctx: EvalContext,
  node: Pick<PhraseNode, 'words' | 'slop' | 'field'>,
  within: ReadonlySet<string> | null,
): Scored {
  const c = ctx.corpus;
  const content = node.words.filter((w) => !w.stop);
  let cand: Scored | null = null;
  for (const w of content) {
    const r = c.lookup([w.stem], node.field);
    if (!cand) cand = restrict(r, within);
    else {
      const next: Scored = new Map();
      for (const [id, s] of r) {
        const prev = cand.get(id);
        if (prev !== undefined) next.set(id, prev + s);
      }
      cand = next;
    }
    if (cand.size === 0) return cand;
  }
  cand ??= zero(within ?? c.universe());
  if (node.words.length === 1 && content.length === 1) return cand;
  const stems = node.words.map((w) => w.stem);
  // Surface forms of the phrase's stems: the scan folds words and looks them up, never stemming.
  const stemOfRaw = new Map<string, string>();
  for (const st of new Set(stems)) for (const raw of c.rawsOf(st)) stemOfRaw.set(raw, st);
  const re = stemOfRaw.size ? wordsRegex([...stemOfRaw.keys()]) : null;
  const cap = (node.slop ?? 0) + 1;
  for (const id of [...cand.keys()]) {
    const doc = c.docs.get(id);
    const text = doc && c.texts.get(doc.path);
    if (!doc || text === undefined) {
      cand.delete(id);
      continue;
    }
    const seq =
      node.field === 'title'
        ? analyze(doc.title).map((t) => t.stem)
        : re && isPlain(doc, text)
          ? compressedStems(doc, text, stemOfRaw, re, cap)
          : scanStems(doc, text, stemOfRaw);
    if (findPhraseStems(seq, stems, node.slop).length === 0) cand.delete(id);
  }
  return cand;
}

function evalRegex(ctx: EvalContext, source: string, within: ReadonlySet<string> | null): Scored {
  const re = new RegExp(source, 'iu');
  const out: Scored = new Map();
  for (const id of within ?? ctx.corpus.universe()) {
    const doc = ctx.corpus.docs.get(id);
    const text = doc && ctx.corpus.texts.get(doc.path);
    if (!doc || text === undefined) continue;
    for (const [s, e] of doc.segments) {
      ctx.regexBudget -= e - s;
      if (re.test(text.slice(s, e))) {
        out.set(id, 0.5);
        break;
      }
    }
    if (ctx.regexBudget < 0) {
      ctx.truncated = true;
      ctx.notes.push(
        `/${source}/ stopped after scanning ${REGEX_SCAN_BUDGET / 1024 / 1024} MB: narrow the query with words or filters`,
      );
      break;
    }
  }
  return out;
}

function evalFilter(
  ctx: EvalContext,
  field: string,
  value: string,
  within: ReadonlySet<string> | null,
): Scored {
  if (field === 'outlet') {
    const v = fold(value);
    return filterDocs(ctx, within, (d) => fold(d.outlet).includes(v));
  }
  if (field === 'in') {
    const dir = value.replace(/\\/g, '/').replace(/^\.?\/+|\/+$/g, '');
    return filterDocs(ctx, within, (d) => !dir || d.path === dir || d.path.startsWith(`${dir}/`));
  }
  const provider = ctx.providers.field(field as 'entity');
  if (!provider) {
    ctx.notes.push(`${field}: nothing to match yet (no ${field} data is available in this workspace)`);
    return new Map();
  }
  if (provider.kind === 'filter') return restrict(zero(provider.docFilter(value)), within);
  const out: Scored = new Map();
  for (const alias of provider.expand(value)) {
    const words = analyze(alias).map((w) => ({ raw: w.raw, stem: w.stem, stop: isStopWord(w.raw) }));
    if (words.length === 0) continue;
    for (const [id, s] of evalPhrase(ctx, { words, slop: null, field: null }, within))
      out.set(id, (out.get(id) ?? 0) + s);
  }
  return out;
}
