import type { Params } from '../../../shared/contract';
import type { Session } from '../session';
import type { Workspace } from '../workspace/workspace';
import { fieldProviders } from './field-providers';
import { explain } from './query/explain';
import { parseQuery } from './query/parse';
import { SavedSearches } from './saved-searches';
import { SearchService } from './service';
import { cacheDirFor } from './shard-cache';

const HISTORY_MAX = 50;

interface SessionSearch {
  workspace: Workspace;
  service: SearchService;
  started: Promise<void>;
}

const bySession = new WeakMap<Session, SessionSearch>();
const histories = new WeakMap<Session, string[]>();

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
  const started = service
    .start()
    .catch((e: unknown) => console.error('search: building the index failed:', e));
  const entry = { workspace: ws, service, started };
  bySession.set(session, entry);
  return entry;
}

/** Handlers of the `search.*` methods; the index starts building as soon as a folder opens. */
export function searchHandlers(session: Session) {
  session.events.subscribe((m) => {
    if (m.event === 'workspace.opened' && session.maybeWorkspace()) searchService(session);
  });
  const history = histories.get(session) ?? [];
  histories.set(session, history);
  return {
    'search.query': async (p: Params<'search.query'>) => {
      const { service, started } = searchService(session);
      if (p.wait) {
        await started;
        await service.settled();
      }
      const result = service.query(p);
      if (p.record && p.query.trim()) {
        const at = history.indexOf(p.query);
        if (at >= 0) history.splice(at, 1);
        history.unshift(p.query);
        history.length = Math.min(history.length, HISTORY_MAX);
      }
      return result;
    },
    'search.explain': async ({ query }: { query: string }) => explain(parseQuery(query)),
    'search.status': async () => searchService(session).service.status(),
    'search.history': async () => [...history],
    'search.saved.list': async () => new SavedSearches(session.workspace().sidecar).list(),
    'search.saved.save': async ({ name, query, filters }: Params<'search.saved.save'>) =>
      new SavedSearches(session.workspace().sidecar).save(name, query, filters ?? []),
    'search.saved.delete': async ({ name }: { name: string }) =>
      new SavedSearches(session.workspace().sidecar).remove(name),
  };
}
