import lunr from 'lunr';
import { fold, indexTerms } from './analyzer';
import type { IndexInput } from './docs';

/** Title matches weigh more than body matches. */
export const TITLE_BOOST = 3;

/** A built shard, as a worker returns it and the cache stores it. */
export interface BuiltShard {
  /** lunr's serialised index. */
  index: object;
  /** Folded surface words of the shard (wildcard and fuzzy match surface words, then their stems). */
  vocab: string[];
}

/**
 * Builds one lunr index over `docs`. The lunr pipeline is emptied: terms arrive already folded, stemmed
 * and stop-word-filtered by our analyzer (memoised stemmer), which is most of lunr's build time saved.
 * No `position` metadata: phrases and proximity are checked by scanning candidate texts instead.
 */
export function buildShard(docs: IndexInput[]): BuiltShard {
  const vocab = new Set<string>();
  const builder = new lunr.Builder();
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.ref('ref');
  builder.field('title', { boost: TITLE_BOOST });
  builder.field('body');
  builder.field('outlet');
  for (const d of docs) {
    collectVocab(d.body, vocab);
    collectVocab(d.title, vocab);
    builder.add({
      ref: d.ref,
      title: indexTerms(d.title),
      body: indexTerms(d.body),
      outlet: indexTerms(d.outlet),
    });
  }
  const index = builder.build();
  return { index: index.toJSON(), vocab: [...vocab] };
}

const WORD = /[\p{L}\p{N}]+/gu;

function collectVocab(text: string, into: Set<string>): void {
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    into.add(fold(m[0]));
  }
}
