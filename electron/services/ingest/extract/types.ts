import type { SkipReason } from '../../../../shared/model/document';
import type { ArticleMeta } from '../article/parse-article';

/** Text pulled out of a container format, with the metadata the container carries. */
export interface Extracted {
  text: string;
  meta: ArticleMeta;
}

/** A container that cannot be read: becomes a `skipped` outcome with this reason. */
export class ExtractError extends Error {
  constructor(
    readonly reason: SkipReason,
    readonly detail: string,
  ) {
    super(detail);
    this.name = 'ExtractError';
  }
}
