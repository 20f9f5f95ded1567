import { fieldProviders } from '../search/field-providers';
import type { Session } from '../session';
import { foldName } from './fold';
import { entityModel, lastModel, onEntitiesChanged } from './service';
import { aliasCounts } from './views';

const registered = new WeakSet<Session>();

/**
 * Registers `entity:"Name"` with search (once per session): the value — any alias, the canonical name
 * or the id — expands to the canonical name and every alias, so `entity:"Zelenskiy"` finds Zelensky,
 * Zelenskyy and Zelenskiy. Search calls providers synchronously, so the answer comes from the last
 * built model; `prepare` (awaited by search before any query that mentions `entity:`) builds the model
 * when there is none yet — first query, CLI, or after a decision invalidated it — so the expansion is
 * never empty just because the model was not ready. Search is told when the model changes.
 */
export function registerEntitySearch(session: Session): void {
  if (registered.has(session)) return;
  registered.add(session);
  const registry = fieldProviders(session);
  const lookup = (value: string) => {
    const built = lastModel(session);
    if (!built) {
      if (session.maybeWorkspace())
        void entityModel(session).then(
          () => registry.changed(),
          () => undefined,
        );
      return undefined;
    }
    return built.byAlias.get(foldName(value)) ?? built.byAlias.get(value);
  };
  registry.register({
    field: 'entity',
    kind: 'expand',
    async prepare() {
      if (lastModel(session) || !session.maybeWorkspace()) return;
      await entityModel(session);
      // Results computed while the model was missing (and cached by search) are now wrong: drop them.
      registry.changed();
    },
    expand(value) {
      const e = lookup(value);
      if (!e) return [];
      const names = [e.name, ...aliasCounts(e).map((a) => a.text), ...e.extraAliases];
      return [...new Set(names)];
    },
    describe(value) {
      const e = lookup(value);
      return e ? `entity ${e.name}, ${aliasCounts(e).length} aliases` : `no entity named "${value}"`;
    },
  });
  onEntitiesChanged(session, () => {
    // Rebuild soon so the next query expands with the new aliases; then let search drop its caches.
    if (session.maybeWorkspace())
      void entityModel(session).then(
        () => registry.changed(),
        () => undefined,
      );
  });
}
