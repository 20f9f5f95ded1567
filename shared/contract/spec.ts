import type { z } from 'zod';

/** One row of the contract table: a doc line, the params schema and the result schema. */
export interface MethodSpec<P extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  doc: string;
  params: P;
  result: R;
}

/** Builds a contract row; keeps the schemas' precise types for inference. */
export function method<P extends z.ZodType, R extends z.ZodType>(
  doc: string,
  params: P,
  result: R,
): MethodSpec<P, R> {
  return { doc, params, result };
}
