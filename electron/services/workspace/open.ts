import type { SidecarInfo } from '../../../shared/model/workspace';
import type { Session } from '../session';
import { watchWorkspace } from './watch';
import { Workspace } from './workspace';

const inFlight = new WeakMap<Session, AbortController>();

/**
 * Opens a folder for a session: closes the previous folder's watcher and workers, scans with progress
 * events and the parse cache, then watches the folder for changes. `cancelScan` stops a scan in flight.
 */
export async function openWorkspace(
  session: Session,
  root: string,
  sidecar: SidecarInfo,
): Promise<Workspace> {
  await session.maybeWorkspace()?.close();
  inFlight.get(session)?.abort();
  const controller = new AbortController();
  inFlight.set(session, controller);
  try {
    const ws = await Workspace.open(root, sidecar, (p) => session.events.emit('index.progress', p), {
      cacheDir: session.options.cacheDir,
      signal: controller.signal,
    });
    // One-shot CLI runs need no watcher; hosts that stay up (desktop, serve) do.
    if (session.options.host !== 'local' || process.env['DOSSIER_WATCH'] === '1')
      ws.onClose(
        watchWorkspace(ws, {
          fileChanged: (p) => session.events.emit('file.changed', p),
          documentsChanged: (p) => session.events.emit('documents.changed', p),
        }),
      );
    return ws;
  } finally {
    if (inFlight.get(session) === controller) inFlight.delete(session);
  }
}

/** Cancels the scan in flight for this session; false when nothing is being scanned. */
export function cancelScan(session: Session): boolean {
  const c = inFlight.get(session);
  if (!c) return false;
  c.abort();
  return true;
}
