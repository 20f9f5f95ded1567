import type { EventName, EventPayload, MethodName, Params, Result } from '../../../shared/contract';

/** The renderer's one way to reach the services, whatever the host. */
export interface DossierClient {
  readonly host: 'electron' | 'serve';
  /** Calls a contract method; rejects with {@link ClientError} on an error reply. */
  call<M extends MethodName>(method: M, params: Params<M>): Promise<Result<M>>;
  /** Subscribes to a service event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /** The filesystem path of a dropped folder (desktop only; null in the browser). */
  pathForFile(file: File): string | null;
}

/** An error reply from the services, with its code and the message to show. */
export class ClientError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ClientError';
  }
}
