import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { HostKind } from '../../shared/model/workspace';
import { AppStateStore } from './app/app-state';
import { DossierError, isErrnoException } from './errors';
import { EventBus } from './events';
import { locateSidecar } from './sidecar/location';
import { openWorkspace } from './workspace/open';
import type { Workspace } from './workspace/workspace';

/** What a host tells the services about where it runs. */
export interface ServiceOptions {
  host: HostKind;
  /** App data directory: app state, sidecars of read-only folders. */
  dataDir: string;
  /** OS cache directory for Dossier: indexes and parse caches, always regenerable. */
  cacheDir: string;
  version: string;
  /** Native folder picker; only the desktop host has one. */
  pickFolder?: () => Promise<string | null>;
}

/** The state behind one client connection or window: the open folder and its event bus. */
export class Session {
  readonly events = new EventBus();
  readonly appState: AppStateStore;
  private current: Workspace | null = null;
  private opening: Promise<Workspace> | null = null;

  constructor(readonly options: ServiceOptions) {
    this.appState = new AppStateStore(options.dataDir);
  }

  /** The open workspace, or a no_workspace error that tells the user what to do. */
  workspace(): Workspace {
    if (!this.current)
      throw new DossierError(
        'no_workspace',
        'workspace: no folder is open. Open a folder of articles first.',
      );
    return this.current;
  }

  /** The open workspace or null. */
  maybeWorkspace(): Workspace | null {
    return this.current;
  }

  /** Opens `folder` (resolved, must be a directory); concurrent opens of the same call are not interleaved. */
  async open(folder: string): Promise<Workspace> {
    const root = path.resolve(folder);
    const run = async () => {
      const sidecar = await locateSidecar(root, this.options.dataDir);
      let ws: Workspace;
      try {
        ws = await openWorkspace(this, root, sidecar);
      } catch (e) {
        // The open closed the folder that was open before it failed: a closed folder (no watcher, no
        // workers, cache writes refused) must not stay current, so no folder is open now, and every
        // window is told (an open from the desktop menu has no caller in the page).
        const closed = this.current;
        if (closed?.isClosed) {
          this.current = null;
          this.events.emit('workspace.closed', {
            root: closed.root,
            reason: e instanceof Error ? e.message : String(e),
          });
        }
        throw e;
      }
      const previous = this.current;
      this.current = ws;
      // The folder being replaced stops watching and its workers end.
      if (previous && previous !== ws) await previous.close().catch(() => undefined);
      await this.appState.touch(root).catch(() => undefined);
      this.events.emit('workspace.opened', ws.info());
      return ws;
    };
    const previous = this.opening ?? Promise.resolve(null);
    // Recorded before the folder is even checked, so `settled` and `close` never miss an open that has
    // just begun; a wrong path is still refused at once, and later opens still wait for earlier ones.
    const next = Promise.all([previous.catch(() => null), assertDirectory(root)]).then(run);
    const tail = previous.catch(() => null).then(() => next);
    tail.catch(() => undefined);
    this.opening = tail;
    return next;
  }

  /**
   * Waits for an open in progress to end (either way): `dossier serve` answers the page while it opens its
   * folder, and the page's first question (which folder is open) waits for the answer, not for nothing.
   */
  async settled(): Promise<void> {
    await this.opening?.catch(() => undefined);
  }

  /** Ends the session: waits for an open in progress, then stops the folder's watchers and workers. */
  async close(): Promise<void> {
    await this.opening?.catch(() => undefined);
    const ws = this.current;
    this.current = null;
    await ws?.close();
  }
}

/** Throws a DossierError that tells the user what to do unless `root` is an existing folder. */
export async function assertDirectory(root: string): Promise<void> {
  try {
    const info = await stat(root);
    if (!info.isDirectory())
      throw new DossierError(
        'invalid_params',
        `workspace: ${root} is a file, not a folder. Choose the folder that holds your articles.`,
      );
  } catch (e) {
    if (e instanceof DossierError) throw e;
    if (isErrnoException(e) && e.code === 'ENOENT')
      throw new DossierError(
        'not_found',
        `workspace: the folder ${root} does not exist. Check the path and try again.`,
      );
    throw new DossierError(
      'io_error',
      `workspace: cannot open ${root}: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
}
