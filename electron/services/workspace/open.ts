import type { SidecarInfo } from '../../../shared/model/workspace';
import type { Session } from '../session';
import { watchFolder } from './watch';
import { Workspace } from './workspace';

const inFlight = new WeakMap<Session, AbortController>();

/**
 * Opens a folder for a session: closes the previous folder's watcher and workers, starts watching the
 * folder, scans with progress events and the parse cache, then hands the watcher the workspace, which
 * re-reads what changed while it opened (ADR 086). `cancelScan` stops a scan in flight.
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
  // One-shot CLI runs need no watcher; hosts that stay up (desktop, serve) do. It starts before the scan
  // (every folder watched first), so a file saved after the scan read it is not missed.
  const watcher =
    session.options.host !== 'local' || process.env['DOSSIER_WATCH'] === '1' ? watchFolder(root) : null;
  try {
    await watcher?.ready;
    const ws = await Workspace.open(root, sidecar, (p) => session.events.emit('index.progress', p), {
      cacheDir: session.options.cacheDir,
      signal: controller.signal,
    });
    // A cancelled open still gives a workspace (the files not reached are listed): it is watched too.
    if (watcher)
      ws.onClose(
        watcher.attach(
          ws,
          {
            fileChanged: (p) => session.events.emit('file.changed', p),
            documentsChanged: (p) => session.events.emit('documents.changed', p),
          },
          session.settled(),
        ),
      );
    return ws;
  } catch (e) {
    await watcher?.close();
    throw e;
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
