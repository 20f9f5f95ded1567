/**
 * Method and event names of the one contract (DESIGN.md §3). Zero dependencies: the sandboxed preload
 * imports this file alone, so it must stay plain data. The zod shapes live in schemas.ts; a contract
 * test proves both tables name exactly the same methods and events.
 */
import { CORE_EVENTS, CORE_METHODS } from './names/core';
import { ENTITIES_EVENTS, ENTITIES_METHODS } from './names/entities';
import { ISSUES_METHODS } from './names/issues';
import { SEARCH_METHODS } from './names/search';
import { ANNOTATIONS_EVENTS, ANNOTATIONS_METHODS } from './names/annotations';
import { EXPORT_METHODS } from './names/export';
import { INGEST_METHODS } from './names/ingest';

/** Every method, `domain.verb`. Each domain lists its names in names/<domain>.ts; adding one means a row
 * there, a row in its schemas, a service handler and a test. */
export const METHODS = [
  ...CORE_METHODS,
  ...ISSUES_METHODS,
  ...SEARCH_METHODS,
  ...ENTITIES_METHODS,
  ...ANNOTATIONS_METHODS,
  ...EXPORT_METHODS,
  ...INGEST_METHODS,
] as const;

/** Events the services push to every connected client. */
export const EVENTS = [...CORE_EVENTS, ...ENTITIES_EVENTS, ...ANNOTATIONS_EVENTS] as const;

/** A contract method name. */
export type MethodName = (typeof METHODS)[number];
/** A contract event name. */
export type EventName = (typeof EVENTS)[number];

/** Prefix of every Electron IPC channel; the preload and the ipc host agree on it. */
export const IPC_CHANNEL_PREFIX = 'dossier:';
/** The one IPC channel that carries events from main to renderer. */
export const IPC_EVENT_CHANNEL = 'dossier:event';

/** True when `name` is a contract method (used on every untrusted boundary). */
export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && (METHODS as readonly string[]).includes(name);
}
