import type { Params } from '../../../shared/contract';
import type { Session } from '../session';
import type { Workspace } from '../workspace/workspace';
import { fieldProviders } from './field-providers';
import { explain } from './query/explain';
import { parseQuery } from './query/parse';
import { savedSearchHandlers } from './saved-searches';
import { historyHandlers, recordSearch } from './search-history';
import { SearchService } from './service';
import { cacheDirFor } from './shard-cache';

interface SessionSearch {
  workspace: Workspace;
  service: SearchService;
  started: Promise<void>;
}

const bySession = new WeakMap<Session, SessionSearch>();

/** The search service of the session's open workspace, started (index loading/building) on first use. */
export function searchService(session: Session): SessionSearch {
  const ws = session.workspace();
  const current = bySession.get(session);
  if (current?.workspace === ws) return current;
  if (current) void current.service.close();
  const service = new SearchService(ws, {
    cacheDir: cacheDirFor(session.options.cacheDir, ws.root),
    providers: fieldProviders(session),
    onProgress: (p) => session.events.emit('index.progress', p),
  });
  // The folder closing stops the workers; a build that fails because of it is not reported.
  ws.onClose(() => service.close());
  const started = service.start().catch((e: unknown) => {
    if (!service.isClosed) console.error('search: building the index failed:', e);
  });
  const entry = { workspace: ws, service, started };
  bySession.set(session, entry);
  return entry;
}

/** Handlers of the `search.*` methods; the index starts building as soon as a folder opens. */
export function searchHandlers(session: Session) {
  session.events.subscribe((m) => {
    if (m.event === 'workspace.opened' && session.maybeWorkspace()) searchService(session);
  });
  return {
    'search.query': async (p: Params<'search.query'>) => {
      const { service, started } = searchService(session);
      if (p.wait) {
        await started;
        await service.settled();
      }
      // Fields other domains provide (entity:) may need their model built before they can answer.
      await fieldProviders(session).prepare([p.query, ...(p.filters ?? [])]);
      const result = await service.query(p);
      if (p.record) await recordSearch(session, p.query);
      return result;
    },
    'search.explain': async ({ query }: { query: string }) => explain(parseQuery(query)),
    'search.status': async () => searchService(session).service.status(),
    ...historyHandlers(session),
    ...savedSearchHandlers(session),
  };
}
