import type { MethodName } from '../../../shared/contract';

/** One example call per method: params and a result that must both satisfy the contract's schemas. */
export type ContractExamples = Partial<Record<MethodName, { params: unknown; result: unknown }>>;
