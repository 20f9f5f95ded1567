import type { EventMessage, MethodName, Params, Reply, Result } from '../../../shared/contract';
import { createServices, type ServiceOptions, type Services } from '../../services';
import { registerAll, type RawHandler } from '../register';

/** The in-process host: the CLI and tests call the services through the same contract as the UI. */
export class LocalClient {
  private readonly table = new Map<MethodName, RawHandler>();
  readonly registered: MethodName[];

  private constructor(readonly services: Services) {
    this.registered = registerAll(
      () => services.handlers,
      (method, handler) => this.table.set(method, handler),
    );
  }

  /** Creates services for `options` and a client over them. */
  static async create(options: Omit<ServiceOptions, 'host'>): Promise<LocalClient> {
    return new LocalClient(await createServices({ ...options, host: 'local' }));
  }

  /** Calls a method and returns the raw reply (errors as data). Params round-trip through JSON as on the wire. */
  async request<M extends MethodName>(method: M, params: Params<M>): Promise<Reply<Result<M>>> {
    const handler = this.table.get(method);
    if (!handler)
      return { ok: false, code: 'unknown_method', message: `contract: there is no method "${method}"` };
    const reply = await handler(JSON.parse(JSON.stringify(params ?? {})), undefined);
    return reply as Reply<Result<M>>;
  }

  /** Calls a method and returns its value, throwing a {@link LocalCallError} for an error reply. */
  async call<M extends MethodName>(method: M, params: Params<M>): Promise<Result<M>> {
    const reply = await this.request(method, params);
    if (!reply.ok) throw new LocalCallError(reply.code, reply.message);
    return reply.value;
  }

  /** Ends the session (watchers, workers) so the process can exit. */
  close(): Promise<void> {
    return this.services.session.close();
  }

  /** Subscribes to pushed events. */
  onEvent(listener: (m: EventMessage) => void): () => void {
    return this.services.session.events.subscribe(listener);
  }
}

/** An error reply surfaced as an exception to callers that prefer them. */
export class LocalCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
