import { annotationsExamples } from './annotations';
import { coreExamples } from './core';
import { entitiesExamples } from './entities';
import { exportExamples } from './export';
import { ingestExamples } from './ingest';
import { issuesExamples } from './issues';
import { searchExamples } from './search';
import type { ContractExamples } from './types';

/** Every domain's examples; a domain adds one spread here. */
export const examples: ContractExamples = {
  ...coreExamples,
  ...entitiesExamples,
  ...annotationsExamples,
  ...exportExamples,
  ...ingestExamples,
  ...issuesExamples,
  ...searchExamples,
};
