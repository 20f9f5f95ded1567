import type { EventMessage, EventName, EventPayload } from '../../shared/contract';

/** A listener receiving every event the services push. */
export type EventListener = (message: EventMessage) => void;

/** Typed fan-out of service events to every connected host client. */
export class EventBus {
  private readonly listeners = new Set<EventListener>();

  /** Subscribes to every event; returns the unsubscribe function. */
  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Sends `payload` to every listener; a failing listener never stops the others. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    const message = { event, payload } as EventMessage;
    for (const listener of this.listeners) {
      try {
        listener(message);
      } catch (e) {
        console.error(`events: listener failed on ${event}:`, e);
      }
    }
  }
}
