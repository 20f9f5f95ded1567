import type { Facets, SearchHit, Snippet } from '../../../shared/model/search';
import { analyze, isStopWord } from './analyzer';
import type { DocSet, SearchCorpus } from './corpus';
import type { SearchDoc } from './docs';
import { PROVIDED_FACETS, type FieldProviderRegistry } from './field-providers';
import type { QueryNode } from './query/ast';
import { compressedStems, docTokens, findPhrase, findPhraseStems, isPlain, wordsRegex } from './scan';

/** What to mark in a document: collected from the positive clauses of the query. */
export interface HighlightPlan {
  stems: Set<string>;
  raws: Set<string>;
  phrases: { stems: string[]; slop: number | null; alias?: string }[];
  regexes: RegExp[];
}

/** Collects the positive leaves (not under NOT) of `node` into a highlight plan. */
export function highlightPlan(
  node: QueryNode,
  corpus: SearchCorpus,
  providers: FieldProviderRegistry,
): HighlightPlan {
  const plan: HighlightPlan = { stems: new Set(), raws: new Set(), phrases: [], regexes: [] };
  const walk = (n: QueryNode): void => {
    switch (n.type) {
      case 'and':
      case 'or':
        n.children.forEach(walk);
        return;
      case 'term':
        if (n.wildcard) corpus.wildcardWords(n.raw).forEach((w) => plan.raws.add(w));
        else if (n.fuzzy) corpus.fuzzyWords(n.raw, n.fuzzy).forEach((w) => plan.raws.add(w));
        else if (!n.stop) plan.stems.add(n.stem);
        return;
      case 'phrase':
        plan.phrases.push({ stems: n.words.map((w) => w.stem), slop: n.slop });
        return;
      case 'regex':
        plan.regexes.push(new RegExp(n.source, 'giu'));
        return;
      case 'filter': {
        const p = n.field === 'entity' ? providers.field('entity') : undefined;
        if (p?.kind === 'expand')
          for (const alias of p.expand(n.value)) {
            const stems = analyze(alias).map((w) => w.stem);
            if (stems.length) plan.phrases.push({ stems, slop: null, alias });
          }
        return;
      }
      default:
        return;
    }
  };
  walk(node);
  return plan;
}

/** Per-query helpers of a plan for plain (ASCII-letter) documents: regexes over surface forms. */
interface PlainPlan {
  words: RegExp | null;
  phrases: {
    stems: string[];
    slop: number | null;
    alias?: string;
    re: RegExp | null;
    stemOfRaw: Map<string, string>;
  }[];
}
const plainPlans = new WeakMap<HighlightPlan, PlainPlan>();

function plainPlan(plan: HighlightPlan, corpus: SearchCorpus): PlainPlan {
  let p = plainPlans.get(plan);
  if (p) return p;
  const raws = new Set(plan.raws);
  for (const st of plan.stems) for (const r of corpus.rawsOf(st)) if (!isStopWord(r)) raws.add(r);
  p = {
    words: raws.size ? wordsRegex([...raws]) : null,
    phrases: plan.phrases.map((ph) => {
      const stemOfRaw = new Map<string, string>();
      for (const st of new Set(ph.stems)) for (const r of corpus.rawsOf(st)) stemOfRaw.set(r, st);
      return { ...ph, stemOfRaw, re: stemOfRaw.size ? wordsRegex([...stemOfRaw.keys()]) : null };
    }),
  };
  plainPlans.set(plan, p);
  return p;
}

/** Hit ranges (canonical offsets, merged, sorted) of `plan` in a document, and the aliases that matched. */
export function hitRanges(
  corpus: SearchCorpus,
  id: string,
  plan: HighlightPlan,
): { ranges: [number, number][]; aliases: string[] } {
  const doc = corpus.docs.get(id);
  const text = doc && corpus.texts.get(doc.path);
  if (!doc || text === undefined) return { ranges: [], aliases: [] };
  const ranges: [number, number][] = [];
  const aliases = new Set<string>();
  if (isPlain(doc, text)) {
    // Fast path: regexes over the surface forms, no tokenising or stemming of the whole document.
    const pp = plainPlan(plan, corpus);
    if (pp.words)
      for (const [s, e] of doc.segments) {
        pp.words.lastIndex = s;
        for (let m = pp.words.exec(text); m && m.index < e; m = pp.words.exec(text))
          ranges.push([m.index, m.index + m[0].length]);
      }
    for (const ph of pp.phrases) {
      if (!ph.re) continue;
      const spans: number[] = [];
      const seq = compressedStems(doc, text, ph.stemOfRaw, ph.re, (ph.slop ?? 0) + 1, spans);
      const found = findPhraseStems(seq, ph.stems, ph.slop);
      if (found.length && ph.alias) aliases.add(ph.alias);
      const want = new Set(ph.stems);
      for (const [a, b] of found) {
        if (ph.slop === null) ranges.push([spans[2 * a] as number, spans[2 * b + 1] as number]);
        else
          for (let i = a; i <= b; i++)
            if (want.has(seq[i] as string)) ranges.push([spans[2 * i] as number, spans[2 * i + 1] as number]);
      }
    }
  } else {
    const tokens = docTokens(doc, text);
    for (const t of tokens)
      if ((plan.stems.has(t.stem) && !isStopWord(t.raw)) || plan.raws.has(t.raw))
        ranges.push([t.start, t.end]);
    for (const p of plan.phrases) {
      const words = p.stems.map((stem) => ({ stem }));
      const found = findPhrase(tokens, words, p.slop);
      if (found.length && p.alias) aliases.add(p.alias);
      const want = new Set(p.stems);
      for (const [a, b] of found) {
        if (p.slop === null) ranges.push([tokens[a]!.start, tokens[b]!.end]);
        else
          for (let i = a; i <= b; i++)
            if (want.has(tokens[i]!.stem)) ranges.push([tokens[i]!.start, tokens[i]!.end]);
      }
    }
  }
  for (const re of plan.regexes)
    for (const [s, e] of doc.segments) {
      re.lastIndex = 0;
      const slice = text.slice(s, e);
      for (let m = re.exec(slice); m; m = re.exec(slice)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        ranges.push([s + m.index, s + m.index + m[0].length]);
        if (ranges.length > 5000) break;
      }
    }
  return { ranges: merge(ranges), aliases: [...aliases] };
}

function merge(ranges: [number, number][]): [number, number][] {
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

const CONTEXT = 70;
const MAX_SNIPPETS = 3;

/** KWIC snippets: windows of text around the hits, each hit inside a window marked. */
export function snippets(
  text: string,
  ranges: readonly [number, number][],
  fallback: [number, number] | null,
): Snippet[] {
  if (ranges.length === 0) {
    if (!fallback) return [];
    const [s, e] = fallback;
    const end = Math.min(e, s + CONTEXT * 2);
    return [{ text: clean(text.slice(s, end)), highlights: [], start: s }];
  }
  const windows: { s: number; e: number; hits: [number, number][] }[] = [];
  for (const [a, b] of ranges) {
    const last = windows[windows.length - 1];
    if (last && a - last.e < CONTEXT) {
      last.e = Math.min(text.length, Math.max(last.e, b + CONTEXT));
      last.hits.push([a, b]);
    } else {
      if (windows.length >= MAX_SNIPPETS) break;
      windows.push({ s: Math.max(0, a - CONTEXT), e: Math.min(text.length, b + CONTEXT), hits: [[a, b]] });
    }
  }
  return windows.map((w) => {
    let s = w.s;
    let e = w.e;
    // Snap to word boundaries so a snippet never starts mid-word.
    while (s > 0 && s > w.s - 15 && /\S/.test(text[s - 1] as string)) s--;
    while (e < text.length && e < w.e + 15 && /\S/.test(text[e] as string)) e++;
    return {
      text: clean(text.slice(s, e)),
      highlights: w.hits
        .filter(([a, b]) => a >= s && b <= e)
        .map(([a, b]) => [a - s, b - s] as [number, number]),
      start: s,
    };
  });
}

/** Newlines become spaces (same length, so highlight offsets stay valid). */
function clean(s: string): string {
  return s.replace(/[\n\r\t]/g, ' ');
}

/** Facet counts over every matching document. */
export function facets(corpus: SearchCorpus, set: DocSet, providers: FieldProviderRegistry): Facets {
  const { outlet, date } = corpus.countFacets(set);
  const counters = PROVIDED_FACETS.map((f) => providers.facet(f));
  // Other domains count over ids; build the list only when one of them is listening.
  const ids = counters.some((c) => c) ? corpus.ids(set) : [];
  return {
    outlet,
    date,
    entity: providers.facet('entity')?.count(ids) ?? {},
    tag: providers.facet('tag')?.count(ids) ?? {},
    issue: providers.facet('issue')?.count(ids) ?? {},
  };
}

/**
 * The first `k` matches in rank order — score, then newest, then id (stable and deterministic) — and the
 * number of matches. Only the shown page is ordered: a bounded heap keeps the best `k`, so a word matching
 * half of 100k documents costs one pass, not a sort.
 */
export function rank(corpus: SearchCorpus, set: DocSet, k: number): { total: number; top: number[] } {
  const day = (no: number) => corpus.docAt(no)?.day ?? '';
  const id = (no: number) => corpus.docAt(no)?.id ?? '';
  // True when document a ranks before document b.
  const before = (a: number, b: number): boolean => {
    const sa = set[a] as number;
    const sb = set[b] as number;
    if (sa !== sb) return sa > sb;
    const da = day(a);
    const db = day(b);
    if (da !== db) return da > db;
    return id(a) < id(b);
  };
  // Max-heap on "ranks after": the root is the worst of the best k kept so far.
  const heap: number[] = [];
  let total = 0;
  const up = (i: number) => {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(heap[p] as number, heap[i] as number)) break;
      [heap[p], heap[i]] = [heap[i] as number, heap[p] as number];
      i = p;
    }
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let w = i;
      if (l < heap.length && before(heap[w] as number, heap[l] as number)) w = l;
      if (r < heap.length && before(heap[w] as number, heap[r] as number)) w = r;
      if (w === i) return;
      [heap[w], heap[i]] = [heap[i] as number, heap[w] as number];
      i = w;
    }
  };
  for (let i = 0; i < set.length; i++) {
    if (set[i] !== set[i] || !corpus.docAt(i)) continue;
    total++;
    if (k <= 0) continue;
    if (heap.length < k) {
      heap.push(i);
      up(heap.length - 1);
    } else if (before(i, heap[0] as number)) {
      heap[0] = i;
      down(0);
    }
  }
  heap.sort((a, b) => (before(a, b) ? -1 : 1));
  return { total, top: heap };
}

/** One page of hits (document numbers in rank order) with snippets and canonical-text matches. */
export function page(
  corpus: SearchCorpus,
  nos: readonly number[],
  set: DocSet,
  plan: HighlightPlan,
): SearchHit[] {
  return nos.map((no) => {
    const d = corpus.docAt(no) as SearchDoc;
    const text = corpus.texts.get(d.path) ?? '';
    const { ranges, aliases } = hitRanges(corpus, d.id, plan);
    return {
      id: d.id,
      path: d.path,
      title: d.title,
      date: d.date,
      outlet: d.outlet,
      score: Math.round((set[no] as number) * 1000) / 1000,
      snippets: snippets(text, ranges, d.segments[0] ?? null),
      matches: ranges,
      aliases,
    };
  });
}
