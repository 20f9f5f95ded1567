import { analyze, fold, isStopWord } from './analyzer';
import type { DocSet, SearchCorpus } from './corpus';
import type { SearchDoc } from './docs';
import type { FieldProviderRegistry } from './field-providers';
import type { FilterNode, QueryNode } from './query/ast';
import type { Leaf } from './shard-query';

/** Most characters one query's /regex/ clauses may scan (beyond: the answer is marked partial). */
export const REGEX_SCAN_BUDGET = 64 * 1024 * 1024;

/** What evaluation needs and reports besides the scores. */
export interface EvalContext {
  corpus: SearchCorpus;
  providers: FieldProviderRegistry;
  notes: string[];
  regexBudget: number;
  truncated: boolean;
  /** The query workers' answers, per node that needed the index (see {@link indexLeaves}). */
  answers: Map<QueryNode, DocSet[]>;
}

/**
 * The clauses of `node` that the index answers (words, expanded wildcards and fuzzy words, phrases,
 * entity aliases), in one list so that the query workers get one request per query. `owner[i]` is the
 * node leaf i belongs to.
 */
export function indexLeaves(
  corpus: SearchCorpus,
  providers: FieldProviderRegistry,
  node: QueryNode,
): { leaves: Leaf[]; owner: QueryNode[] } {
  const leaves: Leaf[] = [];
  const owner: QueryNode[] = [];
  const walk = (n: QueryNode): void => {
    switch (n.type) {
      case 'and':
      case 'or':
        n.children.forEach(walk);
        return;
      case 'not':
        walk(n.child);
        return;
      case 'term': {
        if (n.stop) return;
        const stems = n.wildcard
          ? corpus.stemsOf(corpus.wildcardWords(n.raw))
          : n.fuzzy
            ? corpus.stemsOf(corpus.fuzzyWords(n.raw, n.fuzzy))
            : [n.stem];
        leaves.push({ kind: 'terms', stems, field: n.field });
        owner.push(n);
        return;
      }
      case 'phrase':
        leaves.push({ kind: 'phrase', words: n.words, slop: n.slop, field: n.field });
        owner.push(n);
        return;
      case 'filter': {
        const p = providers.field(n.field as 'entity');
        if (p?.kind !== 'expand') return;
        for (const alias of p.expand(n.value)) {
          const words = analyze(alias).map((w) => ({ raw: w.raw, stem: w.stem, stop: isStopWord(w.raw) }));
          if (words.length === 0) continue;
          leaves.push({ kind: 'phrase', words, slop: null, field: null });
          owner.push(n);
        }
        return;
      }
      default:
        return;
    }
  };
  walk(node);
  return { leaves, owner };
}

/** Evaluates `node`; `within` restricts the answer (null = every loaded document). */
export function evaluate(ctx: EvalContext, node: QueryNode, within: DocSet | null): DocSet {
  switch (node.type) {
    case 'all':
      return zeroOf(ctx, within);
    case 'term':
    case 'phrase':
      return restrict(ctx.answers.get(node)?.[0] ?? ctx.corpus.empty(), within);
    case 'regex':
      return evalRegex(ctx, node.source, within);
    case 'date':
      return filterDocs(
        ctx,
        within,
        (d) => !!d.day && (!node.from || d.day >= node.from) && (!node.to || d.day <= node.to),
      );
    case 'filter':
      return evalFilter(ctx, node, within);
    case 'or': {
      let out: DocSet | null = null;
      for (const child of node.children) {
        const r = evaluate(ctx, child, within);
        out = out ? union(out, r) : r;
      }
      return out ?? ctx.corpus.empty();
    }
    case 'not': {
      const base = zeroOf(ctx, within);
      return minus(base, evaluate(ctx, node.child, base));
    }
    case 'and': {
      const ordered = [...node.children].sort((a, b) => cost(a) - cost(b));
      let cur: DocSet | null = null;
      for (const child of ordered) {
        if (child.type === 'not') {
          const base: DocSet = cur ?? zeroOf(ctx, within);
          cur = minus(base, evaluate(ctx, child.child, base));
          continue;
        }
        const r = evaluate(ctx, child, cur ?? within);
        cur = cur ? intersect(cur, r) : r;
        if (isEmpty(cur)) break;
      }
      return cur ?? ctx.corpus.empty();
    }
  }
}

function cost(n: QueryNode): number {
  if (n.type === 'not') return 5;
  if (n.type === 'regex') return 4;
  if (n.type === 'date' || n.type === 'filter') return 3;
  return 1;
}

function zeroOf(ctx: EvalContext, within: DocSet | null): DocSet {
  if (!within) return ctx.corpus.universe();
  const out = ctx.corpus.copyOf(within);
  for (let i = 0; i < out.length; i++) if (out[i] === out[i]) out[i] = 0;
  return out;
}

/** Members of `a` also in `within` (a is changed and returned). */
function restrict(a: DocSet, within: DocSet | null): DocSet {
  if (!within) return a;
  for (let i = 0; i < a.length; i++) if (within[i] !== within[i]) a[i] = NaN;
  return a;
}

function union(a: DocSet, b: DocSet): DocSet {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    if (y === y) a[i] = x === x ? x + y : y;
  }
  return a;
}

function intersect(a: DocSet, b: DocSet): DocSet {
  for (let i = 0; i < a.length; i++) a[i] = (a[i] as number) + (b[i] as number);
  return a;
}

function minus(a: DocSet, b: DocSet): DocSet {
  for (let i = 0; i < a.length; i++) if (b[i] === b[i]) a[i] = NaN;
  return a;
}

function isEmpty(a: DocSet): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] === a[i]) return false;
  return true;
}

function filterDocs(ctx: EvalContext, within: DocSet | null, keep: (d: SearchDoc) => boolean): DocSet {
  const out = zeroOf(ctx, within);
  for (let i = 0; i < out.length; i++) {
    if (out[i] !== out[i]) continue;
    const d = ctx.corpus.docAt(i);
    if (!d || !keep(d)) out[i] = NaN;
  }
  return out;
}

function evalRegex(ctx: EvalContext, source: string, within: DocSet | null): DocSet {
  const re = new RegExp(source, 'iu');
  const out = zeroOf(ctx, within);
  for (let i = 0; i < out.length; i++) {
    if (out[i] !== out[i]) continue;
    out[i] = NaN;
    if (ctx.regexBudget < 0) continue;
    const doc = ctx.corpus.docAt(i);
    const text = doc && ctx.corpus.texts.get(doc.path);
    if (!doc || text === undefined) continue;
    for (const [s, e] of doc.segments) {
      ctx.regexBudget -= e - s;
      if (re.test(text.slice(s, e))) {
        out[i] = 0.5;
        break;
      }
    }
    if (ctx.regexBudget < 0) {
      ctx.truncated = true;
      ctx.notes.push(
        `/${source}/ stopped after scanning ${REGEX_SCAN_BUDGET / 1024 / 1024} MB: narrow the query with words or filters`,
      );
    }
  }
  return out;
}

function evalFilter(ctx: EvalContext, node: FilterNode, within: DocSet | null): DocSet {
  const { field, value } = node;
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
    return ctx.corpus.empty();
  }
  if (provider.kind === 'filter') return restrict(ctx.corpus.fromIds(provider.docFilter(value)), within);
  // entity: every alias was matched as a phrase by the query workers.
  let out: DocSet | null = null;
  for (const r of ctx.answers.get(node) ?? []) out = out ? union(out, r) : r;
  return restrict(out ?? ctx.corpus.empty(), within);
}
