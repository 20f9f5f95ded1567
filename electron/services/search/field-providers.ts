import type { Session } from '../session';

/**
 * Search field providers: how other domains (entities, tags, issues, annotations) plug their own query
 * fields and facets into search without search importing them. A domain registers once per session:
 *
 *   registerFieldProvider(session, { field: 'entity', kind: 'expand', expand: (v) => aliasesOf(v) });
 *   registerFieldProvider(session, { field: 'tag', kind: 'filter', docFilter: (v) => docsTagged(v) });
 *   registerFacetCounter(session, { facet: 'tag', count: (docIds) => countsFor(docIds) });
 *
 * `outlet:`, `date:`, `in:` and `title:` are built into search; registering one of those names throws.
 * Providers are called synchronously on the query path: keep them to map lookups (precompute on change).
 */

/** Fields other domains may provide (closed so the parser can tell a typo from a field). */
export const PROVIDED_FIELDS = ['entity', 'tag', 'issue', 'has'] as const;
/** A field another domain provides. */
export type ProvidedField = (typeof PROVIDED_FIELDS)[number];

/** Facets other domains may count (outlet and date are counted by search itself). */
export const PROVIDED_FACETS = ['entity', 'tag', 'issue'] as const;
/** A facet another domain counts. */
export type ProvidedFacet = (typeof PROVIDED_FACETS)[number];

/**
 * A field whose value expands to text: `entity:"Zelensky"` → every alias, each matched as a phrase in the
 * body and title (furniture excluded). The hit reports which alias matched. Return [] for an unknown value
 * (the query then matches nothing for that clause and explain says why).
 */
export interface ExpandProvider {
  field: ProvidedField;
  kind: 'expand';
  /** Aliases (surface forms) to match as phrases; the canonical name first. */
  expand(value: string): string[];
  /** Optional: a short human label for explain ("entity Volodymyr Zelensky, 3 aliases"). */
  describe?(value: string): string;
  /** Optional: resolves once {@link expand} can answer (see {@link FieldProviderRegistry.prepare}). */
  prepare?(): Promise<void>;
}

/**
 * A field that filters documents directly: `tag:sanctions`, `issue:"ceasefire terms"`, `has:annotation`.
 * Returns the set of document ids (workspace document ids, `path` or `path#n`) that match `value`.
 */
export interface FilterProvider {
  field: ProvidedField;
  kind: 'filter';
  docFilter(value: string): ReadonlySet<string>;
  describe?(value: string): string;
  /** Optional: resolves once {@link docFilter} can answer (see {@link FieldProviderRegistry.prepare}). */
  prepare?(): Promise<void>;
}

/** Either kind of provider. */
export type FieldProvider = ExpandProvider | FilterProvider;

/**
 * Counts one facet over the result set: `docIds` are the matching document ids (all of them, not one
 * page); the answer maps a facet value (what a chip would put after `facet:`) to the number of docs.
 */
export interface FacetCounter {
  facet: ProvidedFacet;
  count(docIds: readonly string[]): Record<string, number>;
}

/** The providers of one session. */
export class FieldProviderRegistry {
  private readonly fields = new Map<ProvidedField, FieldProvider>();
  private readonly facets = new Map<ProvidedFacet, FacetCounter>();
  private readonly listeners = new Set<() => void>();

  /** Registers (or replaces) the provider of `provider.field`; returns the unregister function. */
  register(provider: FieldProvider): () => void {
    if (!(PROVIDED_FIELDS as readonly string[]).includes(provider.field))
      throw new Error(
        `search: "${provider.field}" is not a providable field (${PROVIDED_FIELDS.join(', ')})`,
      );
    this.fields.set(provider.field, provider);
    this.changed();
    return () => {
      if (this.fields.get(provider.field) === provider) this.fields.delete(provider.field);
      this.changed();
    };
  }

  /** Registers (or replaces) the counter of `counter.facet`; returns the unregister function. */
  registerFacet(counter: FacetCounter): () => void {
    this.facets.set(counter.facet, counter);
    return () => {
      if (this.facets.get(counter.facet) === counter) this.facets.delete(counter.facet);
    };
  }

  /** The provider of `field`, if a domain registered one. */
  field(field: ProvidedField): FieldProvider | undefined {
    return this.fields.get(field);
  }

  /** The facet counter of `facet`, if any. */
  facet(facet: ProvidedFacet): FacetCounter | undefined {
    return this.facets.get(facet);
  }

  /**
   * Waits until every provider whose field one of `texts` (a query and its filter chips) mentions can
   * answer synchronously: the query path calls it before running a query, so `entity:"Name"` asked
   * before the entities model exists (a CLI run, the first query after opening) waits for the model
   * instead of expanding to nothing. A provider that fails to prepare is logged and answers as it can.
   * A field name inside a phrase also waits: harmless, the wait happens once.
   */
  async prepare(texts: readonly string[]): Promise<void> {
    const waits: Promise<void>[] = [];
    for (const [field, provider] of this.fields) {
      if (!provider.prepare || !texts.some((t) => mentionsField(t, field))) continue;
      waits.push(
        provider
          .prepare()
          .catch((e: unknown) => console.error(`search: the ${field}: field is not ready:`, e)),
      );
    }
    await Promise.all(waits);
  }

  /**
   * Domains call this when what their providers answer changed (a tag added, an alias merged), so that
   * search drops cached results. Search subscribes with {@link onChange}.
   */
  changed(): void {
    for (const l of this.listeners) l();
  }

  /** Subscribes to {@link changed}. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** True when `text` has `field:` as a field prefix (start of text or after a non-word character). */
export function mentionsField(text: string, field: string): boolean {
  const lower = text.toLowerCase();
  const needle = `${field}:`;
  for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
    const before = at === 0 ? '' : (lower[at - 1] ?? '');
    if (!/[\p{L}\p{N}_]/u.test(before)) return true;
  }
  return false;
}

const registries = new WeakMap<Session, FieldProviderRegistry>();

/** The provider registry of `session` (created on first use). */
export function fieldProviders(session: Session): FieldProviderRegistry {
  let r = registries.get(session);
  if (!r) {
    r = new FieldProviderRegistry();
    registries.set(session, r);
  }
  return r;
}

/** Shorthand: registers a field provider on `session`. */
export function registerFieldProvider(session: Session, provider: FieldProvider): () => void {
  return fieldProviders(session).register(provider);
}

/** Shorthand: registers a facet counter on `session`. */
export function registerFacetCounter(session: Session, counter: FacetCounter): () => void {
  return fieldProviders(session).registerFacet(counter);
}
