import type { z } from 'zod';
import type { contract, eventSchemas } from './schemas';
import type { EventName, MethodName } from './methods';

export * from './methods';
export * from './errors';
export { contract, eventSchemas } from './schemas';

/** Params a method accepts (after parsing). */
export type Params<M extends MethodName> = z.input<(typeof contract)[M]['params']>;
/** Result a method returns. */
export type Result<M extends MethodName> = z.output<(typeof contract)[M]['result']>;
/** Payload of an event. */
export type EventPayload<E extends EventName> = z.output<(typeof eventSchemas)[E]>;
/** A pushed event as it travels over any transport. */
export type EventMessage = { [E in EventName]: { event: E; payload: EventPayload<E> } }[EventName];
